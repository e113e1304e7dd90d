package io.cockpit.application.port.in.recommendation;

import io.cockpit.domain.account.UserId;
import io.cockpit.domain.settings.TodayProgress;

/** Today's progress in the user's time zone, counted from the synced messages, against the daily goals. */
public interface TodayQuery {

    TodayProgress today(UserId user);
}
