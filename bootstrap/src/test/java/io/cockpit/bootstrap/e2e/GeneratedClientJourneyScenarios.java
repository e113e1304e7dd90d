package io.cockpit.bootstrap.e2e;

import com.example.partner.cockpit.ApiException;
import com.example.partner.cockpit.api.AuthApi;
import com.example.partner.cockpit.api.MeAccountApi;
import com.example.partner.cockpit.api.MeLabelsApi;
import com.example.partner.cockpit.api.MePrivacyApi;
import com.example.partner.cockpit.api.MeSettingsApi;
import com.example.partner.cockpit.api.MeTemplatesApi;
import com.example.partner.cockpit.api.PartnerAccountsApi;
import com.example.partner.cockpit.model.AccountChange;
import com.example.partner.cockpit.model.ActivationRequest;
import com.example.partner.cockpit.model.CategoryInput;
import com.example.partner.cockpit.model.ConsentEvent;
import com.example.partner.cockpit.model.ContractStatus;
import com.example.partner.cockpit.model.DailyGoals;
import com.example.partner.cockpit.model.DeviceSession;
import com.example.partner.cockpit.model.InitialContractStatus;
import com.example.partner.cockpit.model.MessageTemplateInput;
import com.example.partner.cockpit.model.PrivacySwitches;
import com.example.partner.cockpit.model.Problem;
import com.example.partner.cockpit.model.ProvisionAccountRequest;
import com.example.partner.cockpit.model.Settings;
import com.example.partner.cockpit.model.SignInRequest;
import com.example.partner.cockpit.model.TemplatePreviewRequest;
import com.example.partner.cockpit.model.TemplatePreviewRequestValues;
import io.cockpit.domain.access.ApiKeyRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.util.UUID;

import static io.cockpit.bootstrap.e2e.GeneratedClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The README's "first session with curl", walked only through the Java client generated from openapi.yaml: proof
 * that a partner (and an app) can integrate from the file alone.
 */
abstract class GeneratedClientJourneyScenarios extends Scenarios {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String FIRST_CONTACT =
            "Hello {{firstName}}, good to connect with {{company|your team}}. {{myFirstName}}";

    @Test
    void aPartnerProvisionsAndAUserWorksAndIsSignedOutByTheCancellation() throws ApiException {
        PartnerAccountsApi partner = new PartnerAccountsApi(
                GeneratedClient.withBearer(cockpit, cockpit.createKey(ApiKeyRole.PARTNER, Unique.id("crm"))));
        String externalId = Unique.id("crm");
        String email = Unique.email();
        ProvisionAccountRequest provision = new ProvisionAccountRequest().externalId(externalId).email(email)
                .name("Jana Schmidt").contractStatus(InitialContractStatus.ACTIVE);
        String idempotencyKey = UUID.randomUUID().toString();

        var created = partner.provisionAccountWithHttpInfo(provision, idempotencyKey);
        var replayed = partner.provisionAccountWithHttpInfo(provision, idempotencyKey);

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created.getHeaders(), "Location")).isEqualTo("/v1/partner/accounts/" + externalId);
        assertThat(header(created.getHeaders(), "Idempotent-Replayed")).isNull();
        var account = created.getData();
        assertThat(account.getExternalId()).isEqualTo(externalId);
        assertThat(account.getEmail()).isEqualTo(email);
        assertThat(account.getContractStatus()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(account.getArchivedAt()).isNull();
        assertThat(account.getActivationToken()).startsWith("act_");
        assertThat(account.getActivationTokenExpiresAt()).isEqualTo(account.getCreatedAt().plusDays(7));
        assertThat(replayed.getStatusCode()).isEqualTo(201);
        assertThat(header(replayed.getHeaders(), "Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.getData()).isEqualTo(account);

        var read = partner.getPartnerAccount(externalId);
        assertThat(read.getUserId()).isEqualTo(account.getUserId());
        assertThat(read.getContractStatus()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(read.getArchivedAt()).isNull();
        assertThat(read.getDeletionDueAt()).isNull();

        AuthApi anonymous = new AuthApi(GeneratedClient.anonymous(cockpit));
        var activated = anonymous.activateAccountWithHttpInfo(
                new ActivationRequest().token(account.getActivationToken()).password(PASSWORD));
        var signedIn = anonymous.signInWithHttpInfo(new SignInRequest().email(email).password(PASSWORD));

        assertThat(activated.getStatusCode()).isEqualTo(201);
        assertThat(signedIn.getStatusCode()).isEqualTo(201);
        assertThat(activated.getData().getToken()).startsWith("ses_");
        assertThat(signedIn.getData().getToken()).startsWith("ses_").isNotEqualTo(activated.getData().getToken());
        var session = GeneratedClient.withBearer(cockpit, signedIn.getData().getToken());

        var devices = new AuthApi(session).listSessions(null, null);
        assertThat(devices.getItems()).extracting(DeviceSession::getId)
                .containsExactlyInAnyOrder(activated.getData().getSessionId(), signedIn.getData().getSessionId());
        assertThat(devices.getItems()).filteredOn(DeviceSession::getCurrent).extracting(DeviceSession::getId)
                .containsExactly(signedIn.getData().getSessionId());
        assertThat(devices.getNextCursor()).isNull();

        var me = new MeAccountApi(session).getMyAccount();
        assertThat(me.getUserId()).isEqualTo(account.getUserId());
        assertThat(me.getTrackingId()).matches("[a-z]{3,9}-[a-z]{3,9}");
        assertThat(me.getEmail()).isEqualTo(email);
        assertThat(me.getName()).isEqualTo("Jana Schmidt");
        assertThat(me.getContractStatus()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(me.getNotices()).isEmpty();

        savesSettingsAndIsToldWhenAnotherDeviceWasFirst(new MeSettingsApi(session));
        grantsStatisticsAndSeesItInTheConsentHistory(new MePrivacyApi(session));
        writesATemplateAndPreviewsIt(new MeTemplatesApi(session));

        var category = new MeLabelsApi(session).createCategoryWithHttpInfo(
                new CategoryInput().name("Customers").colour("#1e88e5").priority(8));
        assertThat(category.getStatusCode()).isEqualTo(201);
        assertThat(header(category.getHeaders(), "Location"))
                .isEqualTo("/v1/me/categories/" + category.getData().getId());
        assertThat(category.getData().getName()).isEqualTo("Customers");
        assertThat(category.getData().getColour()).isEqualTo("#1E88E5");
        assertThat(category.getData().getPriority()).isEqualTo(8);

        var cancelled = partner.changePartnerAccount(externalId,
                new AccountChange().contractStatus(ContractStatus.CANCELLED));
        assertThat(cancelled.getContractStatus()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(cancelled.getArchivedAt()).isNotNull();
        assertThat(Duration.between(cancelled.getArchivedAt(), cancelled.getDeletionDueAt())).isEqualTo(Duration.ofDays(30));

        ApiException ended = refused(() -> new AuthApi(session).listSessions(null, null));
        assertThat(ended.getCode()).isEqualTo(401);
        assertThat(ended.getResponseHeaders().firstValue("WWW-Authenticate")).isPresent();
        assertThat(GeneratedClient.problem(ended).getCode()).isEqualTo("auth.credentials_invalid");
    }

    private static void savesSettingsAndIsToldWhenAnotherDeviceWasFirst(MeSettingsApi settings) throws ApiException {
        Settings english = new Settings().language(Settings.LanguageEnum.EN).timeZone("Europe/Berlin")
                .dailyGoals(new DailyGoals().messageSent(30));

        var saved = settings.replaceSettingsWithHttpInfo("\"0\"", english);
        ApiException stale = refused(() -> settings.replaceSettings("\"0\"", english));

        assertThat(header(saved.getHeaders(), "ETag")).isEqualTo("\"1\"");
        assertThat(saved.getData().getLanguage()).isEqualTo(Settings.LanguageEnum.EN);
        assertThat(saved.getData().getTimeZone()).isEqualTo("Europe/Berlin");
        assertThat(saved.getData().getDailyGoals().getMessageSent()).isEqualTo(30);
        assertThat(saved.getData().getDailyGoals().getConnectionRequestSent()).isZero();
        assertThat(stale.getCode()).isEqualTo(412);
        Problem problem = GeneratedClient.problem(stale);
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(problem.getCode()).isEqualTo("precondition.failed");
        assertThat(problem.getType()).isEqualTo("/problems/precondition.failed");
        var current = settings.getSettingsWithHttpInfo();
        assertThat(header(current.getHeaders(), "ETag")).isEqualTo("\"1\"");
        assertThat(current.getData()).isEqualTo(saved.getData());
    }

    private static void grantsStatisticsAndSeesItInTheConsentHistory(MePrivacyApi privacy) throws ApiException {
        PrivacySwitches switches = new PrivacySwitches().errorReporting(true).statistics(true)
                .analyticsIdentification(false);

        var saved = privacy.replacePrivacyWithHttpInfo("*", switches);

        assertThat(saved.getStatusCode()).isEqualTo(200);
        // the objection switches were not sent: they keep their values (on) and come back with the others
        assertThat(saved.getData()).isEqualTo(switches.productAnalytics(true).recommendations(true));
        assertThat(header(saved.getHeaders(), "ETag")).isNotBlank();
        var consents = privacy.listConsents(null, null);
        assertThat(consents.getItems()).singleElement().satisfies(event -> {
            assertThat(event.getPurpose()).isEqualTo(ConsentEvent.PurposeEnum.STATISTICS);
            assertThat(event.getDecision()).isEqualTo(ConsentEvent.DecisionEnum.GRANTED);
            assertThat(event.getPolicyVersion()).isEqualTo("2024-10-21");
            assertThat(event.getSource()).isEqualTo("self-service");
            assertThat(event.getAt()).isNotNull();
        });
        assertThat(consents.getNextCursor()).isNull();
    }

    private static void writesATemplateAndPreviewsIt(MeTemplatesApi templates) throws ApiException {
        var created = templates.createTemplateWithHttpInfo(
                new MessageTemplateInput().name("First contact").body(FIRST_CONTACT));
        UUID id = created.getData().getId();

        var preview = templates.previewTemplate(id, new TemplatePreviewRequest()
                .values(new TemplatePreviewRequestValues().firstName("Jana").myFirstName("Sam")));
        ApiException missing = refused(() -> templates.previewTemplate(id, new TemplatePreviewRequest()
                .values(new TemplatePreviewRequestValues().myFirstName("Sam"))));

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created.getHeaders(), "Location")).isEqualTo("/v1/me/templates/" + id);
        assertThat(header(created.getHeaders(), "ETag")).isNotBlank();
        assertThat(created.getData().getVariables()).containsExactly("firstName", "company", "myFirstName");
        assertThat(preview.getText()).isEqualTo("Hello Jana, good to connect with your team. Sam");
        assertThat(missing.getCode()).isEqualTo(422);
        Problem problem = GeneratedClient.problem(missing);
        assertThat(problem.getCode()).isEqualTo("template.variable_missing");
        assertThat(problem.getVariables()).containsExactly("firstName");
    }

    /** The generated client's refusal: an ApiException carrying the status, headers and problem document. */
    private static ApiException refused(Executable call) {
        return assertThrows(ApiException.class, call);
    }
}
