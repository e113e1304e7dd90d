package io.cockpit.adapters.http.website;

import io.cockpit.adapters.http.HttpRoutes;
import io.cockpit.adapters.http.handler.JsonReply;
import io.cockpit.adapters.http.handler.Paging;
import io.cockpit.adapters.http.pipeline.Callers;
import io.cockpit.api.OperatorTalentPoolService;
import io.cockpit.api.model.TalentPoolPage;
import io.cockpit.application.paging.Page;
import io.cockpit.application.port.in.website.ApplicationDeskUseCase;
import io.cockpit.domain.website.Application;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/** The talent pool as the operator lists it ({@code operatorAuth}, audited). */
public final class TalentPoolApi extends OperatorTalentPoolService {

    private final ApplicationDeskUseCase desk;

    private TalentPoolApi(ApplicationDeskUseCase desk) {
        this.desk = desk;
    }

    public static HttpRoutes routes(ApplicationDeskUseCase desk) {
        return new HttpRoutes(PATH_PREFIX, new TalentPoolApi(desk));
    }

    @Override
    protected void handleListTalentPool(ServerRequest request, ServerResponse response, Optional<Integer> limit,
                                        Optional<String> cursor) {
        Page<Application> page = desk.talentPool(Callers.operator(request).value(), Paging.request(request, limit, cursor));
        JsonReply.of(200, new TalentPoolPage(page.items().stream().map(WebsiteDtos::talentPoolEntry).toList(),
                Paging.next(request, page))).send(response);
    }
}
