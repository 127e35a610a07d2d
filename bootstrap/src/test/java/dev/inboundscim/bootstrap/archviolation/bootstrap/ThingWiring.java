package dev.inboundscim.bootstrap.archviolation.bootstrap;

import dev.inboundscim.bootstrap.archviolation.adapter.in.http.ThingRoutes;
import dev.inboundscim.bootstrap.archviolation.adapter.out.http.HttpThingRepository;
import dev.inboundscim.bootstrap.archviolation.adapter.out.mongo.MongoThingRepository;
import dev.inboundscim.bootstrap.archviolation.adapter.out.postgres.PostgresThingRepository;
import dev.inboundscim.bootstrap.archviolation.application.ThingSettings;
import dev.inboundscim.bootstrap.archviolation.application.port.out.ThingRepository;
import dev.inboundscim.bootstrap.archviolation.application.service.RenameThingService;

/** The fixture's bootstrap: picks a store and wires the service behind the routes. */
public final class ThingWiring {

    private ThingWiring() {
    }

    public static ThingRoutes routes(String store) {
        ThingRepository things = switch (store) {
            case "postgres" -> new PostgresThingRepository();
            case "mongo" -> new MongoThingRepository();
            default -> new HttpThingRepository();
        };
        return new ThingRoutes(new RenameThingService(things, new ThingSettings(40)));
    }
}
