package io.cockpit.adapters.http.register;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.handler.Wire;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.OperatorRetentionService;
import io.cockpit.api.model.RetentionRunPage;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.register.RetentionRunsQuery;
import io.cockpit.domain.register.RetentionRun;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code GET /v1/operator/retention/runs}: the retention job's runs, counts per category. */
public final class RetentionRunsApi extends OperatorRetentionService {

    private final RetentionRunsQuery runs;

    private RetentionRunsApi(RetentionRunsQuery runs) {
        this.runs = runs;
    }

    public static HttpRoutes routes(RetentionRunsQuery runs) {
        return new HttpRoutes(PATH_PREFIX, new RetentionRunsApi(runs));
    }

    @Override
    protected void handleListRetentionRuns(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                           Optional<String> cursor) {
        Page<RetentionRun> page = runs.runs(Callers.operator(request).value(), Paging.request(request, limit, cursor));
        JsonReply.of(200, new RetentionRunPage(page.items().stream().map(RetentionRunsApi::toDto).toList(),
                Paging.next(request, page))).send(response);
    }

    private static io.cockpit.api.model.RetentionRun toDto(RetentionRun run) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        run.deleted().forEach((category, count) -> deleted.put(category, count.longValue()));
        return new io.cockpit.api.model.RetentionRun(run.id().value(), Wire.utc(run.startedAt()),
                Wire.utc(run.finishedAt()), deleted, run.failed());
    }
}
