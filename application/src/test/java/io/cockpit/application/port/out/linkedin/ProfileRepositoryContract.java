package io.cockpit.application.port.out.linkedin;

import io.cockpit.application.port.out.register.ExportedItem;
import io.cockpit.application.port.out.register.PersonalDataStore;
import io.cockpit.application.port.out.register.PersonalDataStoreCases;
import io.cockpit.application.testing.LinkedInMother;
import io.cockpit.domain.account.UserId;
import io.cockpit.domain.linkedin.OwnProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class ProfileRepositoryContract implements PersonalDataStoreCases {

    private static final Instant T0 = LinkedInMother.T0;

    protected abstract ProfileRepository profiles();

    @Test
    void keepsOneProfilePerUserAndReplacesIt() {
        UserId user = LinkedInMother.aUser();
        OwnProfile first = new OwnProfile(user, LinkedInMother.profileUrn(), LinkedInMother.card("Sam", "Seller"), T0,
                T0, T0);
        profiles().save(first);
        OwnProfile newer = new OwnProfile(user, first.urn(), LinkedInMother.card("Samuel", "Seller"),
                T0.plusSeconds(60), T0.plusSeconds(60), T0.plusSeconds(60));

        profiles().save(newer);

        assertThat(profiles().find(user)).contains(new OwnProfile(user, first.urn(), newer.card(), newer.modifiedAt(),
                T0, newer.updatedAt()));
        assertThat(profiles().find(LinkedInMother.aUser())).isEmpty();
    }

    @Test
    void exportShowsTheProfileAndEraseRemovesIt() {
        UserId user = LinkedInMother.aUser();
        OwnProfile profile = new OwnProfile(user, LinkedInMother.profileUrn(), LinkedInMother.card("Sam", "Seller"),
                T0, T0, T0);
        profiles().save(profile);

        List<ExportedItem> exported = new ArrayList<>();
        profiles().export(user, exported::add);

        assertThat(exported).singleElement().satisfies(item -> assertThat(item.fields())
                .containsEntry("profileUrn", profile.urn().value())
                .containsEntry("firstName", "Sam")
                .containsEntry("company", "Acme GmbH")
                .containsEntry("profileUrl", profile.card().profileUrl().orElseThrow().url()));
        assertThat(profiles().category()).isEqualTo("linkedin_profile");
        assertThat(profiles().erase(user, 5)).isEqualTo(1);
        assertThat(profiles().erase(user, 5)).isZero();
        assertThat(profiles().find(user)).isEmpty();
    }

    @Override
    public PersonalDataStore personalData() {
        return profiles();
    }

    @Override
    public int giveData(UserId user) {
        profiles().save(new OwnProfile(user, LinkedInMother.profileUrn(), LinkedInMother.card("Sam", "Seller"), T0, T0,
                T0));
        return 1;
    }

    @Override
    public boolean holdsDataOf(UserId user) {
        return profiles().find(user).isPresent();
    }

    @Override
    public List<String> exportedFields() {
        return List.of("profileUrn", "firstName", "lastName", "headline", "company", "position", "location",
                "profileUrl", "modifiedAt", "createdAt", "updatedAt");
    }
}
