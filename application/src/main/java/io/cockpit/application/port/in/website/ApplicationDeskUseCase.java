package io.cockpit.application.port.in.website;

import io.cockpit.application.paging.Page;
import io.cockpit.application.paging.PageRequest;
import io.cockpit.domain.shared.ItemId;
import io.cockpit.domain.website.Application;
import io.cockpit.domain.website.ApplicationDocument;
import io.cockpit.domain.website.ApplicationFilter;
import io.cockpit.domain.website.ApplicationNote;
import io.cockpit.domain.website.ApplicationStatus;
import io.cockpit.domain.website.HoldReason;
import io.cockpit.domain.website.NoteText;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The operator's staff work through the applications: lists by job and status, one application with its documents
 * and notes, downloads, interview notes, status changes, legal holds, the talent pool. Every call is audited with
 * ids only; an unknown id is {@code application.not_found}.
 */
public interface ApplicationDeskUseCase {

    /** The applications, each flagged when its process is overdue ({@link Application#overdue}). */
    Page<ListedApplication> list(String operator, ApplicationFilter filter, PageRequest page);

    ApplicationFile find(String operator, ItemId id);

    /** @throws io.cockpit.domain.shared.DomainException {@code application_document.not_found} */
    Download download(String operator, ItemId applicationId, ItemId documentId);

    ApplicationNote addNote(String operator, ItemId applicationId, NoteText text);

    /** @throws io.cockpit.domain.shared.DomainException {@code application.transition_not_allowed} */
    ApplicationFile changeStatus(String operator, ItemId id, ApplicationStatus status);

    /** @throws io.cockpit.domain.shared.InvalidValueException {@code until.passed} */
    ApplicationFile placeHold(String operator, ItemId id, HoldReason reason, Instant until);

    /** Lifts the hold (nothing changes if there is none); the retention date counts without it again. */
    ApplicationFile releaseHold(String operator, ItemId id);

    /** The applicants in the talent pool, the latest consent first. */
    Page<Application> talentPool(String operator, PageRequest page);

    /** @param overdue running with no status change for longer than {@link Application#OPEN_MAXIMUM} */
    record ListedApplication(Application application, boolean overdue) {

        public ListedApplication {
            Objects.requireNonNull(application, "application");
        }
    }

    /** An application with its documents (no content) and notes; {@code overdue} as in the list. */
    record ApplicationFile(Application application, boolean overdue, List<ApplicationDocument> documents,
                           List<ApplicationNote> notes) {

        public ApplicationFile {
            Objects.requireNonNull(application, "application");
            documents = List.copyOf(documents);
            notes = List.copyOf(notes);
        }
    }

    /**
     * A document whose content is read part by part as it is sent ({@link #parts()} of them, each at most
     * {@code ApplicationDocumentStore.PART_BYTES}), so one part at a time is in memory and no connection is held
     * while the reader is slow.
     */
    record Download(ApplicationDocument document, int parts, Parts reader) {

        public Download {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(reader, "reader");
            if (parts < 1) {
                throw new IllegalArgumentException("a document has at least one part");
            }
        }

        /**
         * Part {@code number} (from 0), exactly the bytes the stored size promises for it.
         *
         * @throws io.cockpit.domain.shared.DomainException {@code application_document.not_found} when the document
         *                                                  was erased or replaced since the download began
         */
        public byte[] part(int number) {
            return reader.part(number);
        }
    }

    /** Reads one part of a download's content. */
    @FunctionalInterface
    interface Parts {
        byte[] part(int number);
    }
}
