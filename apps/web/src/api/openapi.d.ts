/**
 * The API's types, generated from its OpenAPI document by `npm run generate:api` (openapi-typescript).
 * Do not edit: change the controllers and DTOs of apps/api and generate again.
 */

export interface paths {
    "/api/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The assortment
         * @description Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["articles_list"];
        put?: never;
        /**
         * Add an article to the assortment
         * @description Roles that may call it: warehouse, planner, admin.
         */
        post: operations["articles_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Asset index: status, holder and last event of every aid
         * @description Pages by asset id; pass `nextCursor` as `cursor` for the next page.
         *
         *     Roles that may call it: warehouse, transport, planner, auditor, admin.
         */
        get: operations["assets_index"];
        put?: never;
        /**
         * Receive a new aid into stock
         * @description Roles that may call it: warehouse, admin.
         */
        post: operations["assets_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release an allocated aid from its order
         * @description Roles that may call it: warehouse, admin.
         */
        post: operations["assets_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load an allocated aid on a route
         * @description Roles that may call it: transport, admin.
         */
        post: operations["assets_dispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a delivery to the person of the order
         * @description Roles that may call it: transport, admin.
         */
        post: operations["assets_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/delivery-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a failed delivery attempt
         * @description Roles that may call it: transport, admin.
         */
        post: operations["assets_deliveryFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that an aid came back
         * @description Roles that may call it: transport, warehouse, admin.
         */
        post: operations["assets_return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/recondition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a returned aid is ready again
         * @description Roles that may call it: warehouse, admin.
         */
        post: operations["assets_recondition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/repairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a repair or service need
         * @description Roles that may call it: warehouse, admin.
         */
        post: operations["assets_reportRepair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/repairs/{repairId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a reported repair
         * @description Roles that may call it: warehouse, admin.
         */
        post: operations["assets_completeRepair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an inspection (besiktning)
         * @description Roles that may call it: warehouse, admin.
         */
        post: operations["assets_inspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/scrap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Scrap a worn-out aid
         * @description Roles that may call it: warehouse, admin.
         */
        post: operations["assets_scrap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/unit-number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an aid received before unit numbers existed a unit number
         * @description Claims a unique unit number for the aid; an aid that has one keeps it (nothing is appended).
         *
         *     Roles that may call it: warehouse, admin.
         */
        post: operations["assets_assignUnitNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find an aid by what was scanned or typed: unit number, asset id or serial number
         * @description Unit numbers are read in any case, with spaces or dashes. 404 `ASSET.SCAN_NO_MATCH` when nothing matches; 409 `ASSET.SCAN_AMBIGUOUS` when two aids share the serial number.
         *
         *     Roles that may call it: warehouse, transport, planner, auditor, admin.
         */
        post: operations["assets_scan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/label.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The aid's label: its unit number as a Code 128 barcode, article and serial number
         * @description A 62 × 40 mm PDF; it names no person. 409 `ASSET.NO_UNIT_NUMBER` for an aid received before unit numbers, until one is assigned.
         *
         *     Roles that may call it: warehouse, transport, admin.
         */
        get: operations["assets_label"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a wrong business date of one event of the aid (recorded as a correction event)
         * @description Roles that may call it: warehouse, transport, planner, admin.
         */
        post: operations["assets_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/delivery-reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a delivery registered on the wrong aid: the aid is ready again and the order open
         * @description Roles that may call it: warehouse, planner, admin.
         */
        post: operations["assets_reverseDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/pickup-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask transport to fetch an aid on loan on a planned day (hämtorder)
         * @description The request lists on the transport route of its planned day; the pickup itself is the return.
         *
         *     Roles that may call it: planner, admin.
         */
        post: operations["assets_requestPickup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/pickup-requests/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the open pickup request's planned day
         * @description Roles that may call it: planner, transport, admin.
         */
        post: operations["assets_reschedulePickup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/pickup-requests/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the open pickup request
         * @description Roles that may call it: planner, admin.
         */
        post: operations["assets_cancelPickup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The aid's current state, or with asOf the state as the system knew it then
         * @description Roles that may call it: warehouse, transport, planner, auditor, admin.
         */
        get: operations["assets_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event of the aid, oldest first, with metadata
         * @description Read from the aid's own stream, not a read model; each event says its business date and the status it left the aid in.
         *
         *     Roles that may call it: auditor, admin.
         */
        get: operations["assets_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/history/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the aid's hash chain holds, or the revision where it breaks
         * @description Roles that may call it: auditor, admin.
         */
        get: operations["assets_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consumables/{articleNo}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive consumables into a location
         * @description Roles that may call it: warehouse, admin.
         */
        post: operations["consumables_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consumables/{articleNo}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver consumables against an order
         * @description Roles that may call it: warehouse, transport, admin.
         */
        post: operations["consumables_deliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consumables/{articleNo}/adjust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct the quantity on hand, with a reason
         * @description Roles that may call it: warehouse, admin.
         */
        post: operations["consumables_adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders by priority and planned day; status=open lists those waiting for an aid
         * @description Roles that may call it: warehouse, transport, planner, auditor, admin.
         */
        get: operations["orders_list"];
        put?: never;
        /**
         * Place a prescriber's order of an article for a person
         * @description Roles that may call it: planner, admin.
         */
        post: operations["orders_place"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/allocate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reserve a ready aid for the order
         * @description Roles that may call it: warehouse, admin.
         */
        post: operations["orders_allocate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agree a new planned delivery day with the recipient
         * @description Roles that may call it: planner, transport, admin.
         */
        post: operations["orders_reschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order that is not fulfilled
         * @description Roles that may call it: planner, admin.
         */
        post: operations["orders_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The payers
         * @description Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["payers_list"];
        put?: never;
        /**
         * Register a payer (a municipality or a region unit)
         * @description Roles that may call it: finance, admin.
         */
        post: operations["payers_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a person who uses aids (a personnummer registers once)
         * @description Roles that may call it: planner, admin.
         */
        post: operations["persons_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find a person by personnummer (POST keeps it out of URLs and logs)
         * @description Roles that may call it: planner, auditor, admin.
         */
        post: operations["persons_lookup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a person moved to another municipality
         * @description Roles that may call it: planner, admin.
         */
        post: operations["persons_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a person's contact details (name, address, phone, delivery notes, protected identity)
         * @description Roles that may call it: planner, admin.
         */
        put: operations["persons_changeContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/housing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a change of housing (ordinary, särskilt boende, LSS) on the day it happened
         * @description Roles that may call it: planner, admin.
         */
        post: operations["persons_changeHousing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person's personal data by deleting their key (crypto-shredding)
         * @description Sex, birth year and municipality stay for the statistics; every hash chain still verifies.
         *
         *     Roles that may call it: admin.
         */
        post: operations["persons_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The person with contact details (transport staff: only persons on their routes this week)
         * @description Roles that may call it: planner, auditor, transport, admin.
         */
        get: operations["persons_details"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/aids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The aids a person holds now and every aid they held
         * @description Roles that may call it: planner, auditor, admin.
         */
        get: operations["persons_aids"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's orders and where each stands, with the pickup requests (hämtorder) of their aids
         * @description Roles that may call it: planner, auditor, admin.
         */
        get: operations["persons_orders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock levels per article and location
         * @description Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["stock_levels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries on the planned day, early and late (target 95 %)
         * @description Grouped by the day or month of delivery, the order’s municipality or the dispatch route; from and to filter on the day of delivery, both inclusive.
         *
         *     Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["metrics_delivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/repairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Repairs completed within 5 Swedish working days (target 88 %)
         * @description Grouped by the month of completion; from and to filter on the day of completion, both inclusive.
         *
         *     Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["metrics_repairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/prescriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders placed, split by sex (female, male, other, unknown), with small cells suppressed
         * @description Grouped by sex, the order’s municipality, the article’s ISO class or the age band at the order; from and to filter on the day the order was placed, both inclusive. A count of 1 to 4 is null (suppressed), and so is one more cell when the total would give it back.
         *
         *     Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["statistics_prescriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fittings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a prescriber's request to fit an aid for a person (utprovning)
         * @description Roles that may call it: planner, admin.
         */
        post: operations["fittings_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fittings/{id}/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer the person a time for the fitting
         * @description Roles that may call it: planner, admin.
         */
        post: operations["fittings_offer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fittings/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the fitting took place
         * @description Roles that may call it: planner, admin.
         */
        post: operations["fittings_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fittings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a fitting that has not taken place
         * @description Roles that may call it: planner, admin.
         */
        post: operations["fittings_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/fittings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Persons offered a fitting within 15 Swedish working days (target 80 %)
         * @description Grouped by the month of the request; from and to filter on the day of the request, both inclusive. A request counts once it is offered or its 15th working day after the request has passed; one cancelled unoffered by then does not count.
         *
         *     Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["fittingMetrics_fittings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/aid-register.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The register of aids and who has them: every aid out now
         * @description Names each holder by pseudonymous id (no personnummer); one access-log entry per person named.
         *
         *     Roles that may call it: planner, auditor, admin.
         */
        get: operations["exports_aidRegister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/person-aids.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person's aids, current and past
         * @description One access-log entry for the person.
         *
         *     Roles that may call it: planner, auditor, admin.
         */
        get: operations["exports_personAids"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/assets.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The asset index: status, holder and last event of every aid
         * @description One access-log entry per holder named.
         *
         *     Roles that may call it: warehouse, transport, planner, auditor, admin.
         */
        get: operations["exports_assets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/stock.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock levels per article and location
         * @description Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["exports_stock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/delivery-metrics.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries on the planned day, early and late, per group (target 95 %)
         * @description Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["exports_deliveryMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/repair-metrics.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Repairs completed within 5 Swedish working days, per month (target 88 %)
         * @description Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["exports_repairMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/prescription-statistics.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders placed, split by sex, per group, small cells suppressed (empty)
         * @description Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["exports_prescriptionStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/fitting-metrics.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Persons offered a fitting within 15 Swedish working days, per month of the request (target 80 %)
         * @description Roles that may call it: warehouse, transport, planner, auditor, viewer, finance, admin.
         */
        get: operations["exports_fittingMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/invoice-basis.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A payer's invoice basis of a month, persons as personRef
         * @description A payer token exports its own payerId only (403 for another). One access-log entry per person named.
         *
         *     Roles that may call it: finance, auditor, payer, admin.
         */
        get: operations["exports_invoiceBasis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transport/route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The day's aids to dispatch and deliver, to pick up and to inspect at home, with whom they go to or come from, by route, postal code and street
         * @description Roles that may call it: transport, planner, auditor, admin.
         */
        get: operations["transport_route"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspections/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Aids in stock and on loan whose inspection is due before a day, with the holder municipality
         * @description Names no person: an aid on loan shows its holder municipality only.
         *
         *     Roles that may call it: warehouse, transport, auditor, admin.
         */
        get: operations["inspections_due"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/past-lifetime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Aids not scrapped that are older than their article's expected lifetime since receipt
         * @description Roles that may call it: warehouse, auditor, admin.
         */
        get: operations["mdr_pastLifetime"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who held the aids of an article, lot and serial range on a day (asOf), or ever
         * @description From the event history (deliveries and returns, corrections included). An instant is read as its day in Stockholm; on the day of a hand-over both holders are listed. 400 `ASSET.SERIAL_RANGE_REVERSED` when serialFrom lies after serialTo. Every person listed is recorded in the access log.
         *
         *     Roles that may call it: auditor, admin.
         */
        get: operations["mdr_holders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who read which person-level data when (PDL 4 kap), newest first
         * @description Filter by person (who has looked at this person?) or by actor (what has this user looked at?) and by days in Stockholm. Pages by `nextCursor`. Reading the log is logged: one entry per person the page names.
         *
         *     Roles that may call it: auditor, admin.
         */
        get: operations["accessLog_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-log/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether a day's access log is unaltered, or the revision where its hash chain breaks
         * @description Roles that may call it: auditor, admin.
         */
        get: operations["accessLog_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the screens may sign in
         * @description Needs no token: the identity provider to sign in with, and whether demo users exist.
         */
        get: operations["auth_signInOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the bearer token says the caller is
         * @description Every role may call it.
         */
        get: operations["auth_principal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process serves and its event store answers
         * @description Needs no token.
         */
        get: operations["health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: whether the read models are close enough to the log to serve
         * @description Needs no token. Each projection reports how far it is behind, ready or not.
         */
        get: operations["health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics in the Prometheus text format
         * @description Needs no token. Commands by type and outcome, HTTP durations by route pattern, projection lag, store head, access-log writes and the process metrics.
         */
        get: operations["prometheus_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/invoice-basis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A payer's invoice basis of a month: every line with the events behind it
         * @description A payer token reads its own payerId only (403 for another). One access-log entry per person named.
         *
         *     Roles that may call it: finance, auditor, payer, admin.
         */
        get: operations["billing_invoiceBasis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rent periods that will start in a month for the loans running today
         * @description A payer token reads its own payerId only (403 for another). One access-log entry per person named.
         *
         *     Roles that may call it: finance, auditor, payer, admin.
         */
        get: operations["billing_forecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/fleet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The aids out now that a payer pays for today
         * @description A payer token reads its own payerId only (403 for another). One access-log entry per person named.
         *
         *     Roles that may call it: finance, auditor, payer, admin.
         */
        get: operations["billing_fleet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/months/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A month of the books: whether it is closed, and every payer's lines and total
         * @description Roles that may call it: finance, auditor, admin.
         */
        get: operations["billing_month"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/months/{month}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the books through a month that has ended (409 BILLING.MONTH_NOT_ENDED otherwise)
         * @description Closing a closed month again changes nothing. A later back-dated change comes as correction lines.
         *
         *     Roles that may call it: finance, admin.
         */
        post: operations["billing_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recalls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every recall with its progress
         * @description Roles that may call it: warehouse, transport, planner, auditor, admin.
         */
        get: operations["recalls_list"];
        put?: never;
        /**
         * Issue a recall (FSCA): the aids of the article, lots and serial range are its recorded scope
         * @description The auditor (and admin) also gets each aid’s current and past holders: one access-log entry per person named (`recall.holders.read`). Other roles get the aids without holders. The same recall again (same recallId and facts) does nothing and answers its recorded scope; other facts are 409.
         *
         *     Roles that may call it: auditor, admin.
         */
        post: operations["recalls_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recalls/{id}/units/{assetId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that an affected aid was inspected, picked up or replaced
         * @description Roles that may call it: warehouse, transport, admin.
         */
        post: operations["recalls_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recalls/open-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The affected aids not yet done, with their recall’s action: in stock or on loan
         * @description Roles that may call it: warehouse, transport, planner, auditor, admin.
         */
        get: operations["recalls_openUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recalls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A recall’s progress (affected, done, remaining) and each affected aid as it stands
         * @description The auditor (and admin) also gets each aid’s current and past holders: one access-log entry per person named (`recall.holders.read`). Other roles get the aids without holders.
         *
         *     Roles that may call it: warehouse, transport, planner, auditor, admin.
         */
        get: operations["recalls_recall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demo/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A bearer token per role for the demo users, valid for 8 hours
         * @description Needs no token. The route exists only in demo mode (DEMO_DATA=on, on a store created as a demo store).
         */
        get: operations["demo_tokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        RegisterArticleDto: {
            /** @example 123456 */
            articleNo: string;
            /** @example Manuell rullstol, standard */
            name: string;
            /**
             * @description ISO 9999 code
             * @example 12 22 03
             */
            isoCode: string;
            /** @enum {string} */
            kind: "individual" | "consumable";
            rentable: boolean;
            monthlyRentSek?: number;
            purchasePriceSek: number;
            bulky?: boolean;
            /** @description Mobile and ceiling lifts: 12 */
            inspectionIntervalMonths?: number;
            expectedLifetimeYears?: number;
            /**
             * @description Who pays the rent: the holder's municipality (default) or the region
             * @enum {string}
             */
            costResponsibility?: "municipality" | "region";
        };
        CommandAnswerDto: {
            /** @description The id the command acted on or created */
            id: string;
            /** @description The stream's revision after the command (also the ETag) */
            streamRevision: number;
            /** @description Global position of the last event the command appended */
            position: number;
        };
        ArticleDto: {
            /** @example 123456 */
            articleNo: string;
            name: string;
            /**
             * @description ISO 9999 code
             * @example 12 22 03
             */
            isoCode: string;
            /** @enum {string} */
            kind: "individual" | "consumable";
            rentable: boolean;
        };
        ArticleListDto: {
            items: components["schemas"]["ArticleDto"][];
        };
        RegisterAssetDto: {
            /** @example 123456 */
            articleNo: string;
            /** @example SN-2025-00042 */
            serialNumber: string;
            /** @example VAS-HUVUDLAGER */
            location: string;
            /**
             * Format: uuid
             * @description Chosen by the client to make a retried registration recognisable
             */
            assetId?: string;
            /**
             * Format: date
             * @description Defaults to today
             * @example 2025-03-04
             */
            receivedOn?: string;
            /**
             * @description The maker's lot (batch); null when unknown
             * @example 24A117
             */
            lot?: string | null;
            /**
             * @description The UDI device identifier (UDI-DI, MDR); null when unknown
             * @example 07350012345678
             */
            udiDi?: string | null;
        };
        ReleaseAllocationDto: {
            /** @example Order changed */
            reason: string;
            /**
             * Format: date
             * @description Defaults to today
             * @example 2025-03-04
             */
            releasedOn?: string;
        };
        DispatchAidDto: {
            /** Format: uuid */
            orderId: string;
            /** @example R-VASTERAS-1 */
            routeId: string;
            /**
             * Format: date
             * @description Defaults to today
             * @example 2025-03-04
             */
            dispatchedOn?: string;
        };
        DeliverAidDto: {
            /** Format: uuid */
            orderId: string;
            /**
             * Format: date
             * @example 2025-03-04
             */
            deliveredOn: string;
        };
        RecordDeliveryFailureDto: {
            /** Format: uuid */
            orderId: string;
            /** @example Nobody at home */
            reason: string;
            /**
             * Format: date
             * @description The day of the next attempt; the order keeps its planned day
             * @example 2025-03-06
             */
            rescheduledTo: string;
            /**
             * Format: date
             * @description Defaults to today
             * @example 2025-03-04
             */
            failedOn?: string;
        };
        ReturnAidDto: {
            /**
             * Format: date
             * @example 2025-03-04
             */
            returnedOn: string;
            /** @example No longer needed */
            reason: string;
        };
        ReconditionAidDto: {
            /**
             * Format: date
             * @example 2025-03-04
             */
            reconditionedOn: string;
            /** @example VAS-HUVUDLAGER */
            location: string;
        };
        ReportRepairDto: {
            /**
             * Format: date
             * @example 2025-03-04
             */
            reportedOn: string;
            /** @example Brake does not hold */
            description: string;
            /**
             * Format: uuid
             * @description Chosen by the client to make a retried report recognisable
             */
            repairId?: string;
        };
        CompleteRepairDto: {
            /**
             * Format: date
             * @example 2025-03-06
             */
            completedOn: string;
        };
        InspectAidDto: {
            /**
             * Format: date
             * @example 2025-03-04
             */
            inspectedOn: string;
            passed: boolean;
        };
        ScrapAidDto: {
            /**
             * Format: date
             * @example 2025-03-04
             */
            scrappedOn: string;
            /** @example Frame cracked beyond repair */
            reason: string;
        };
        ScanAssetDto: {
            /** @example 4KX7P2C */
            code: string;
        };
        /** @enum {string} */
        AssetStatus: "ready" | "allocated" | "inTransit" | "onLoan" | "awaitingReconditioning" | "scrapped";
        OpenRepairDto: {
            repairId: string;
            /** @example 2025-03-04 */
            reportedOn: string;
            description: string;
        };
        OpenPickupDto: {
            /** @example 2025-03-04 */
            requestedOn: string;
            /** @example 2025-03-07 */
            plannedPickupDate: string;
            reason: string;
        };
        /**
         * @description What the code was: asset id, unit number or serial number
         * @enum {string}
         */
        ScanMatch: "assetId" | "unitNumber" | "serialNumber";
        ScannedAssetDto: {
            assetId: string;
            /** @example 123456 */
            articleNo: string;
            serialNumber: string;
            /**
             * @description The unit number on the aid's label; absent for an aid received before unit numbers, until assigned
             * @example 4KX7P2C
             */
            unitNumber?: string;
            status: components["schemas"]["AssetStatus"];
            /** @description The person the aid is for or with */
            personId?: string;
            /** @description The order it is allocated to or was delivered on */
            orderId?: string;
            /** @description The warehouse location it is at, or left from */
            location?: string;
            /** @description Repairs reported and not yet completed */
            openRepairs: components["schemas"]["OpenRepairDto"][];
            /** @description The open pickup request of an aid on loan (hämtorder) */
            pickup?: components["schemas"]["OpenPickupDto"];
            /** @description The stream's revision (also the ETag): send it as If-Match */
            revision: number;
            /** @description What the code was: asset id, unit number or serial number */
            matchedBy: components["schemas"]["ScanMatch"];
        };
        /**
         * @description The business date of that event: deliveredOn (AidDelivered), returnedOn (AidReturned), reportedOn (AidRepairReported), completedOn (AidRepaired) or inspectedOn (AidInspected)
         * @enum {string}
         */
        CorrectableDateField: "deliveredOn" | "returnedOn" | "reportedOn" | "completedOn" | "inspectedOn";
        CorrectBusinessDateDto: {
            /**
             * @description The stream revision of the event whose date is wrong (see the aid's history)
             * @example 3
             */
            revision: number;
            /** @description The business date of that event: deliveredOn (AidDelivered), returnedOn (AidReturned), reportedOn (AidRepairReported), completedOn (AidRepaired) or inspectedOn (AidInspected) */
            field: components["schemas"]["CorrectableDateField"];
            /**
             * Format: date
             * @description The right day; not after today
             * @example 2025-03-05
             */
            value: string;
            /** @example Registered a day late with the wrong date */
            reason: string;
        };
        ReverseDeliveryDto: {
            /**
             * Format: uuid
             * @description The order the aid was wrongly registered as delivered for
             */
            orderId: string;
            /** @example Delivered a different aid; registered on this one by mistake */
            reason: string;
        };
        RequestPickupDto: {
            /**
             * Format: date
             * @description The day the centre was asked to fetch the aid; not after today
             * @example 2025-03-04
             */
            requestedOn: string;
            /**
             * Format: date
             * @description The day transport is to fetch it; not before requestedOn
             * @example 2025-03-07
             */
            plannedPickupDate: string;
            /** @example No longer needed */
            reason: string;
        };
        ReschedulePickupDto: {
            /**
             * Format: date
             * @description The new day agreed with the holder; not before the request
             * @example 2025-03-10
             */
            plannedPickupDate: string;
            /**
             * Format: date
             * @description The day the new date was agreed; defaults to today
             * @example 2025-03-04
             */
            rescheduledOn?: string;
        };
        CancelPickupDto: {
            /** @example Keeps the aid after all */
            reason: string;
            /**
             * Format: date
             * @description Defaults to today
             * @example 2025-03-04
             */
            cancelledOn?: string;
        };
        AssetIndexItemDto: {
            assetId: string;
            /** @example 123456 */
            articleNo: string;
            serialNumber: string;
            /**
             * @description The unit number on the aid's label; absent for an aid received before unit numbers, until assigned
             * @example 4KX7P2C
             */
            unitNumber?: string;
            status: components["schemas"]["AssetStatus"];
            /** @description The person the aid is for or with */
            personId?: string;
            /** @description The warehouse location it is at, or left from */
            location: string;
            /** @description ISO timestamp of its last event */
            lastEventAt: string;
            /** @description The maker's lot; null when unknown */
            lot: string | null;
            /** @description The UDI-DI; null when unknown */
            udiDi: string | null;
        };
        AssetIndexPageDto: {
            items: components["schemas"]["AssetIndexItemDto"][];
            /** @description Pass as `cursor` for the next page; absent on the last page */
            nextCursor?: string;
        };
        AssetStateDto: {
            assetId: string;
            /** @example 123456 */
            articleNo: string;
            serialNumber: string;
            /**
             * @description The unit number on the aid's label; absent for an aid received before unit numbers, until assigned
             * @example 4KX7P2C
             */
            unitNumber?: string;
            status: components["schemas"]["AssetStatus"];
            /** @description The person the aid is for or with */
            personId?: string;
            /** @description The order it is allocated to or was delivered on */
            orderId?: string;
            /** @description The warehouse location it is at, or left from */
            location?: string;
            /** @description Repairs reported and not yet completed */
            openRepairs: components["schemas"]["OpenRepairDto"][];
            /** @description The open pickup request of an aid on loan (hämtorder) */
            pickup?: components["schemas"]["OpenPickupDto"];
            /** @description The stream's revision (also the ETag): send it as If-Match */
            revision: number;
        };
        /** @enum {string} */
        AssetEventType: "AssetRegistered" | "AssetAllocated" | "AssetAllocationReleased" | "AidDispatched" | "AidDelivered" | "AidDeliveryFailed" | "AidReturned" | "AidReconditioned" | "AidRepairReported" | "AidRepaired" | "AidInspected" | "AidScrapped" | "UnitNumberAssigned" | "BusinessDateCorrected" | "AidDeliveryReversed" | "PickupRequested" | "PickupRescheduled" | "PickupCancelled";
        EventMetadataDto: {
            /** @description The token subject that caused the event */
            actor: string;
            /** @description ISO timestamp */
            occurredAt: string;
            correlationId: string;
            causationId: string;
        };
        AssetHistoryEventDto: {
            revision: number;
            /** @description Position in the global log */
            position: number;
            type: components["schemas"]["AssetEventType"];
            /** @description The event's facts as stored */
            data: {
                [key: string]: unknown;
            };
            metadata: components["schemas"]["EventMetadataDto"];
            /** @description When the store committed it, ISO timestamp */
            recordedAt: string;
            /**
             * @description The day people say it happened, as recorded then; null for a correction, which has none of its own
             * @example 2025-03-04
             */
            businessDate: string | null;
            /** @description The aid's status once it happened */
            statusAfter: components["schemas"]["AssetStatus"];
        };
        AssetHistoryDto: {
            assetId: string;
            /**
             * @description The unit number on the aid's label; absent for an aid received before unit numbers, until assigned
             * @example 4KX7P2C
             */
            unitNumber?: string;
            /** @description Oldest first */
            events: components["schemas"]["AssetHistoryEventDto"][];
        };
        AssetChainVerificationDto: {
            valid: boolean;
            /** @description The first revision whose hash does not hold; only when invalid */
            brokenAtRevision?: number;
            /** @description How many events the stream has */
            events: number;
        };
        ReceiveConsumablesDto: {
            /** @example VAS-HUVUDLAGER */
            location: string;
            /** @example 240 */
            quantity: number;
            /**
             * Format: date
             * @example 2025-03-04
             */
            receivedOn: string;
        };
        DeliverConsumablesDto: {
            /** @example VAS-HUVUDLAGER */
            location: string;
            /** @example 3 */
            quantity: number;
            /** Format: uuid */
            orderId: string;
            /**
             * Format: date
             * @example 2025-03-04
             */
            deliveredOn: string;
        };
        AdjustConsumablesDto: {
            /** @example VAS-HUVUDLAGER */
            location: string;
            /**
             * @description Positive or negative, never zero
             * @example -4
             */
            quantityChange: number;
            /** @example Stocktaking */
            reason: string;
            /**
             * Format: date
             * @example 2025-03-04
             */
            adjustedOn: string;
        };
        PlaceOrderDto: {
            /**
             * Format: uuid
             * @description Chosen by the client to make a retried order recognisable
             */
            orderId?: string;
            /** Format: uuid */
            personId: string;
            /** @example 123456 */
            articleNo: string;
            /** @example FS-1042 */
            prescriberId: string;
            /** @description 1 = life-sustaining, 2 = daily activities at home, 3 = an independent and active life */
            priority: number;
            /**
             * Format: date
             * @example 2025-03-10
             */
            plannedDeliveryDate: string;
            /** @example Västerås */
            municipality: string;
            /** @example KUND-VASTERAS */
            payerId: string;
            /**
             * Format: date
             * @description Defaults to today; set when registering afterwards
             * @example 2025-03-04
             */
            placedOn?: string;
        };
        AllocateOrderDto: {
            /** Format: uuid */
            assetId: string;
            /**
             * Format: date
             * @description Defaults to today; set when registering afterwards
             * @example 2025-03-04
             */
            allocatedOn?: string;
        };
        RescheduleOrderDto: {
            /**
             * Format: date
             * @example 2025-03-12
             */
            plannedDeliveryDate: string;
            /** @example New day agreed with the recipient */
            reason: string;
        };
        CancelOrderDto: {
            /** @example Prescription withdrawn */
            reason: string;
            /**
             * Format: date
             * @description Defaults to today
             * @example 2025-03-04
             */
            cancelledOn?: string;
        };
        OrderItemDto: {
            orderId: string;
            personId: string;
            /** @example 123456 */
            articleNo: string;
            /** @example 2025-03-10 */
            plannedDeliveryDate: string;
            /** @example Västerås */
            municipality: string;
            priority: number;
            /** @enum {string} */
            status: "placed" | "cancelled" | "fulfilled";
            /** @description The aid allocated to the order, if any */
            assetId: string | null;
        };
        OrderListDto: {
            items: components["schemas"]["OrderItemDto"][];
        };
        RegisterPayerDto: {
            /** @example KUND-VASTERAS */
            payerId: string;
            /** @example Västerås stad */
            name: string;
            /** @enum {string} */
            kind: "municipality" | "region";
            /**
             * @description The municipality a municipal payer pays for; required when kind is municipality
             * @example Västerås
             */
            municipality?: string;
        };
        PayerDto: {
            /** @example KUND-VASTERAS */
            payerId: string;
            name: string;
            /** @enum {string} */
            kind: "municipality" | "region";
            /** @example Västerås */
            municipality: string | null;
        };
        PayerListDto: {
            items: components["schemas"]["PayerDto"][];
        };
        AddressDto: {
            /** @example Storgatan 12 */
            street: string;
            /**
             * @description Five digits, with or without the space
             * @example 722 15
             */
            postalCode: string;
            /** @example Västerås */
            city: string;
        };
        ContactDto: {
            /** @example Karin Berg */
            name: string;
            address: components["schemas"]["AddressDto"];
            /** @example 021-12 34 56 */
            phone?: string | null;
            /** @example Ring 30 min innan */
            deliveryNotes?: string | null;
            /** @description Skyddad identitet: the address is shown only to the transport staff of the delivery, never on lists */
            protectedIdentity: boolean;
        };
        RegisterPersonDto: {
            /**
             * @description Personnummer or samordningsnummer, 10 or 12 digits, with or without - or +
             * @example 19121212-1212
             */
            personnummer: string;
            /**
             * @description Left out (or null) when not recorded: the statistics count it as unknown
             * @enum {string|null}
             */
            sex?: "female" | "male" | "other" | null;
            /** @example Västerås */
            municipality: string;
            /** @description Contact details, when known at registration */
            contact?: components["schemas"]["ContactDto"];
        };
        LookupPersonDto: {
            /** @example 19121212-1212 */
            personnummer: string;
        };
        PersonIdDto: {
            id: string;
        };
        MovePersonDto: {
            /** @example Sala */
            municipality: string;
            /**
             * Format: date
             * @example 2025-03-01
             */
            movedOn: string;
        };
        ChangeHousingDto: {
            /**
             * @description ordinary, specialHousing (särskilt boende) or lss
             * @enum {string}
             */
            housing: "ordinary" | "specialHousing" | "lss";
            /**
             * Format: date
             * @description The day it changed; may lie in the past
             * @example 2025-03-04
             */
            changedOn: string;
        };
        ErasePersonDto: {
            /** @example Begäran om radering enligt GDPR art. 17 */
            reason: string;
        };
        PersonDetailsDto: {
            personId: string;
            /** @enum {string} */
            status: "registered" | "erased";
            /**
             * @description null when not recorded
             * @enum {string|null}
             */
            sex: "female" | "male" | "other" | null;
            birthYear: number;
            municipality: string;
            /** @enum {string|null} */
            housing?: "ordinary" | "specialHousing" | "lss" | null;
            /** @description null when none is on record, or not shown to the role */
            contact?: components["schemas"]["ContactDto"] | null;
            /** @description When the personal data was erased */
            erasedOn?: string;
        };
        CurrentAidDto: {
            assetId: string;
            /** @example 123456 */
            articleNo: string;
            /**
             * @description The day it was delivered
             * @example 2025-03-04
             */
            since: string;
            orderId: string;
        };
        PastAidDto: {
            assetId: string;
            /** @example 123456 */
            articleNo: string;
            /** @example 2025-03-04 */
            from: string;
            /** @example 2025-09-30 */
            to: string;
        };
        PersonAidsDto: {
            personId: string;
            /** @description The aids the person holds now */
            current: components["schemas"]["CurrentAidDto"][];
            /** @description Every aid the person held and gave back */
            past: components["schemas"]["PastAidDto"][];
        };
        /**
         * @description placed (waiting for an aid), allocated (reserved in the warehouse), dispatched (on the route of dueOn), delivered (fulfilled), cancelled
         * @enum {string}
         */
        OrderStage: "placed" | "allocated" | "dispatched" | "delivered" | "cancelled";
        PersonOrderDto: {
            orderId: string;
            personId: string;
            /** @example 123456 */
            articleNo: string;
            /** @example 2025-03-10 */
            plannedDeliveryDate: string;
            /** @example Västerås */
            municipality: string;
            priority: number;
            /** @enum {string} */
            status: "placed" | "cancelled" | "fulfilled";
            /** @description The aid allocated to the order, if any */
            assetId: string | null;
            /** @description placed (waiting for an aid), allocated (reserved in the warehouse), dispatched (on the route of dueOn), delivered (fulfilled), cancelled */
            stage: components["schemas"]["OrderStage"];
            /** @description The route the aid is loaded on, once dispatched */
            routeId: string | null;
            /**
             * @description The day transport works on it: the next attempt after a failed delivery, else the planned day
             * @example 2025-03-10
             */
            dueOn: string;
        };
        /**
         * @description open until the aid is returned (picked up) or the request is cancelled
         * @enum {string}
         */
        PickupRequestStatus: "open" | "pickedUp" | "cancelled";
        PersonPickupRequestDto: {
            assetId: string;
            /** @example 123456 */
            articleNo: string;
            /** @example 2025-03-04 */
            requestedOn: string;
            /** @example 2025-03-07 */
            plannedPickupDate: string;
            reason: string;
            /** @description open until the aid is returned (picked up) or the request is cancelled */
            status: components["schemas"]["PickupRequestStatus"];
            /** @description The day it was picked up or cancelled */
            closedOn: string | null;
        };
        PersonOrdersDto: {
            personId: string;
            /** @description The latest planned first */
            items: components["schemas"]["PersonOrderDto"][];
            /** @description The latest pickup request (hämtorder) of each aid the person held, newest first */
            pickupRequests: components["schemas"]["PersonPickupRequestDto"][];
        };
        StockLevelDto: {
            /** @example 123456 */
            articleNo: string;
            /** @example VAS-HUVUDLAGER */
            location: string;
            ready: number;
            allocated: number;
            inTransit: number;
            onLoan: number;
            awaitingReconditioning: number;
            scrapped: number;
            /** @description Consumables; 0 for individual aids */
            quantityOnHand: number;
        };
        StockLevelsDto: {
            items: components["schemas"]["StockLevelDto"][];
        };
        DeliveryMetricsGroupDto: {
            /**
             * @description The day, month, municipality or route
             * @example 2025-03
             */
            key: string;
            deliveries: number;
            onPlannedDay: number;
            early: number;
            late: number;
            /**
             * @description onPlannedDay / deliveries, three decimals
             * @example 0.948
             */
            share: number;
        };
        DeliveryMetricsDto: {
            /** @example 0.95 */
            target: number;
            groups: components["schemas"]["DeliveryMetricsGroupDto"][];
        };
        RepairMetricsGroupDto: {
            /**
             * @description The month of completion
             * @example 2025-03
             */
            key: string;
            completed: number;
            withinFiveWorkingDays: number;
            /**
             * @description withinFiveWorkingDays / completed, three decimals
             * @example 0.913
             */
            share: number;
        };
        RepairMetricsDto: {
            /** @example 0.88 */
            target: number;
            groups: components["schemas"]["RepairMetricsGroupDto"][];
        };
        PrescriptionStatisticsGroupDto: {
            /**
             * @description The sex, municipality, ISO class (first two digits) or age band (0-17, 18-64, 65-79, 80+)
             * @example Västerås
             */
            key: string;
            /** @description Orders for women; null when suppressed */
            female: number | null;
            /** @description Orders for men; null when suppressed */
            male: number | null;
            /** @description Orders for persons of other sex; null when suppressed */
            other: number | null;
            /** @description Orders for persons whose sex is not recorded; null when suppressed */
            unknown: number | null;
            /** @description Orders in the group; null when suppressed */
            total: number | null;
            /** @description A count of 1 to 4 (or one that would give it back) is hidden */
            suppressed: boolean;
        };
        PrescriptionStatisticsDto: {
            /** @example 2025-01-01 */
            from: string | null;
            /** @example 2025-12-31 */
            to: string | null;
            /** @enum {string} */
            groupBy: "sex" | "municipality" | "isoClass" | "ageBand";
            groups: components["schemas"]["PrescriptionStatisticsGroupDto"][];
            /**
             * @description Share of the orders whose person has no recorded sex ("data saknas"); three decimals
             * @example 0.031
             */
            unknownShare: number | null;
        };
        RequestFittingDto: {
            /**
             * Format: uuid
             * @description Chosen by the client to make a retried request recognisable
             */
            fittingId?: string;
            /** Format: uuid */
            personId: string;
            /** @example 12 22 03 */
            isoCode: string;
            /** @example FS-1042 */
            prescriberId: string;
            /**
             * Format: date
             * @description The day the prescriber asked for the fitting
             * @example 2025-03-03
             */
            requestedOn: string;
        };
        OfferFittingDto: {
            /**
             * Format: date
             * @description The day the person was offered a time: what the KPI counts
             * @example 2025-03-10
             */
            offeredOn: string;
            /**
             * Format: date
             * @description The day of the fitting; may lie ahead
             * @example 2025-03-25
             */
            appointmentOn: string;
        };
        CompleteFittingDto: {
            /**
             * Format: date
             * @example 2025-03-25
             */
            completedOn: string;
        };
        CancelFittingDto: {
            /** @example Prescription withdrawn */
            reason?: string;
            /**
             * Format: date
             * @description Defaults to today
             * @example 2025-03-04
             */
            cancelledOn?: string;
        };
        FittingMetricsGroupDto: {
            /**
             * @description The month of the request
             * @example 2025-03
             */
            key: string;
            /** @description Requests offered, or unoffered past their 15th working day */
            requests: number;
            offeredWithin15WorkingDays: number;
            /**
             * @description offeredWithin15WorkingDays / requests, three decimals
             * @example 0.782
             */
            share: number;
        };
        FittingMetricsDto: {
            /** @example 0.8 */
            target: number;
            groups: components["schemas"]["FittingMetricsGroupDto"][];
        };
        RecipientDto: {
            /** @example Karin Berg */
            name: string | null;
            /** @example Storgatan 12 */
            street: string | null;
            /** @example 722 15 */
            postalCode: string | null;
            /** @example Västerås */
            city: string | null;
            phone: string | null;
            /** @example Ring 30 min innan */
            deliveryNotes: string | null;
            /** @description Skyddad identitet: not named on the list; open the person */
            protectedIdentity: boolean;
            /** @description The person's data was erased */
            erased: boolean;
        };
        RouteStopDto: {
            assetId: string;
            /** @example 123456 */
            articleNo: string;
            serialNumber: string;
            /**
             * @description The unit number on the aid's label; null for an aid received before unit numbers, until assigned
             * @example 4KX7P2C
             */
            unitNumber: string | null;
            orderId: string;
            personId: string;
            /** @example Västerås */
            municipality: string;
            /** @description The route it is loaded on; null before dispatch */
            routeId: string | null;
            /** @example 2025-03-04 */
            plannedDeliveryDate: string;
            /**
             * @description The day of the next attempt after a failed delivery; the planned day stays
             * @example 2025-03-06
             */
            nextAttemptOn: string | null;
            /** @enum {string} */
            status: "allocated" | "inTransit";
            /** @description Whom it goes to; null when the reader may not see it (transport: outside today ± 7 days) */
            recipient: components["schemas"]["RecipientDto"] | null;
        };
        PickupStopDto: {
            assetId: string;
            /** @example 123456 */
            articleNo: string;
            serialNumber: string;
            /** @description The order the aid was delivered on */
            orderId: string;
            personId: string;
            /**
             * @description Where the aid was delivered
             * @example Västerås
             */
            municipality: string;
            /** @example 2025-03-01 */
            requestedOn: string;
            /** @example 2025-03-04 */
            plannedPickupDate: string;
            /** @example No longer needed */
            reason: string;
            /** @description Whom it is fetched from; null when the reader may not see it (transport: outside today ± 7 days) */
            recipient: components["schemas"]["RecipientDto"] | null;
        };
        InspectionStopDto: {
            assetId: string;
            /** @example 4KX7P2C */
            unitNumber: string | null;
            /** @example 100501 */
            articleNo: string;
            /** @description The person holding it */
            personId: string;
            /**
             * @description The holder's municipality
             * @example Sala
             */
            municipality: string | null;
            /**
             * @description The day its inspection fell due
             * @example 2025-03-04
             */
            dueOn: string;
            /** @description Its latest inspection failed and no repair was completed since */
            outOfService: boolean;
            /** @description Whose home it is inspected at; null when the reader may not see it (transport: outside today ± 7 days) */
            recipient: components["schemas"]["RecipientDto"] | null;
        };
        RouteDto: {
            /** @example 2025-03-04 */
            day: string;
            /** @description By route, then postal code and street */
            items: components["schemas"]["RouteStopDto"][];
            /** @description Open pickup requests (hämtorder) planned for the day or earlier, by postal code and street; record the return to close one */
            pickups: components["schemas"]["PickupStopDto"][];
            /** @description Aids on loan whose inspection fell due on the day or earlier: each stays on the route from its due day until it is inspected; by postal code and street */
            inspections: components["schemas"]["InspectionStopDto"][];
        };
        InspectionDueItemDto: {
            assetId: string;
            /** @example 4KX7P2C */
            unitNumber: string | null;
            /** @example 100501 */
            articleNo: string;
            /** @description Where an aid in stock stands; null on loan or on its way */
            location: string | null;
            /**
             * @description The municipality of the person holding an aid on loan; null when it is not on loan
             * @example Sala
             */
            holderMunicipality: string | null;
            /**
             * @description The day its next inspection is due
             * @example 2025-03-20
             */
            dueOn: string;
            /** @description Due before today */
            overdue: boolean;
            /** @description Its latest inspection failed and no repair was completed since */
            outOfService: boolean;
        };
        InspectionsDueDto: {
            /** @example 2025-04-01 */
            before: string;
            /** @description Soonest due first */
            items: components["schemas"]["InspectionDueItemDto"][];
        };
        PastLifetimeItemDto: {
            assetId: string;
            /** @example 4KX7P2C */
            unitNumber: string | null;
            /** @example 100201 */
            articleNo: string;
            /** @example 2017-03-01 */
            receivedOn: string;
            /**
             * @description Receipt + the article's expected lifetime
             * @example 2025-03-01
             */
            lifetimeEndedOn: string;
            /** @example onLoan */
            status: string;
            /** @description Where an aid in stock stands; null otherwise */
            location: string | null;
            /** @description The holder's municipality of an aid on loan */
            holderMunicipality: string | null;
        };
        PastLifetimeDto: {
            /** @description Oldest first */
            items: components["schemas"]["PastLifetimeItemDto"][];
        };
        AidHolderItemDto: {
            assetId: string;
            /** @example 4KX7P2C */
            unitNumber: string | null;
            /** @example 100501 */
            articleNo: string;
            serialNumber: string;
            /** @description The maker's lot; null when unknown */
            lot: string | null;
            /** @description The person who held it (pseudonymous id) */
            personId: string;
            /**
             * @description Delivered on
             * @example 2025-01-10
             */
            since: string;
            /**
             * @description Returned on; null: holds it still
             * @example 2025-06-01
             */
            until: string | null;
        };
        AidHoldersDto: {
            /**
             * @description The day asked about; null: ever
             * @example 2025-03-01
             */
            onDay: string | null;
            /** @description By aid, then since */
            items: components["schemas"]["AidHolderItemDto"][];
        };
        /** @enum {string} */
        Role: "warehouse" | "transport" | "planner" | "auditor" | "viewer" | "finance" | "payer" | "admin";
        AccessLogItemDto: {
            /** @description When the person-level data was read, ISO timestamp */
            at: string;
            /** @description The token subject that read it */
            actor: string;
            role: components["schemas"]["Role"];
            /** @description The pseudonymous id of the person read about */
            personId: string;
            /**
             * @description What was read
             * @example person.aids.read
             */
            action: string;
            /** @description The request that read it */
            correlationId: string;
            /**
             * @description The day's hash-chained stream
             * @example accesslog-2025-03-04
             */
            stream: string;
            /** @description Its place in that stream */
            revision: number;
        };
        AccessLogPageDto: {
            /** @description Newest first */
            items: components["schemas"]["AccessLogItemDto"][];
            /** @description Pass as `cursor` for the next page; absent on the last page */
            nextCursor?: string;
        };
        AccessLogVerificationDto: {
            valid: boolean;
            /** @description The first revision of the day whose entry is altered or missing; only when invalid */
            brokenAtRevision?: number;
            /** @description How many entries the day has */
            entries: number;
        };
        OidcSignInDto: {
            /** @description The identity provider's issuer URL */
            issuer: string;
            /** @description The client the screens sign in as */
            clientId: string;
            /** @example openid profile */
            scope: string;
        };
        SignInOptionsDto: {
            /** @description null when no identity provider is configured */
            oidc?: components["schemas"]["OidcSignInDto"] | null;
            /** @description Demo users are offered (demo mode) */
            demo: boolean;
        };
        PrincipalDto: {
            /** @description The token's subject, recorded as the actor of every event it causes */
            subject: string;
            name: string;
            role: components["schemas"]["Role"];
        };
        LivenessDto: {
            /** @enum {string} */
            status: "ok";
            /** @description Global position of the last committed event; -1 for an empty store */
            headPosition: number;
        };
        ProjectionLagDto: {
            name: string;
            version: number;
            /** @description The last global position the projection applied */
            position: number;
            headPosition: number;
            lagEvents: number;
            lagMs: number;
        };
        ReadinessDto: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            /** @description Why it is not ready; empty when ready */
            reasons: string[];
            projections: components["schemas"]["ProjectionLagDto"][];
        };
        /** @enum {string} */
        InvoiceLineKind: "rent" | "sale" | "correction";
        EventRefDto: {
            /** @example asset-0b6c1f7e-3c55-4c64-9d0a-0d2f4b6a7e10 */
            streamId: string;
            /** @example 4 */
            revision: number;
        };
        InvoiceLineDto: {
            /**
             * @description Deterministic: rent:<assetId>:<revision>:<periodNo>, sale:…, credit:… or recharge:…
             * @example rent:0b6c1f7e-3c55-4c64-9d0a-0d2f4b6a7e10:4:2
             */
            lineId: string;
            kind: components["schemas"]["InvoiceLineKind"];
            /** @description Null for consumables */
            assetId: string | null;
            /** @example 123456 */
            articleNo: string;
            /**
             * @description The person as a pseudonymous reference: stable, and not traceable to them without the server
             * @example P-K7Q2MZ4XAB
             */
            personRef: string | null;
            /**
             * Format: date
             * @example 2025-03-04
             */
            periodStart: string;
            /**
             * Format: date
             * @example 2025-04-02
             */
            periodEnd: string;
            /**
             * @description Negative for a credit
             * @example 250
             */
            amountSek: number;
            /** @description A correction line: the line it corrects */
            corrects: string | null;
            /** @description The events behind the line */
            because: components["schemas"]["EventRefDto"][];
        };
        InvoiceBasisDto: {
            /** @example KUND-VASTERAS */
            payerId: string;
            /** @example 2025-03 */
            month: string;
            /** @description Closed months are frozen: later changes come as corrections */
            closed: boolean;
            /** @description By periodStart, then lineId */
            lines: components["schemas"]["InvoiceLineDto"][];
            /** @example 750 */
            totalSek: number;
        };
        FleetItemDto: {
            assetId: string;
            /** @example 123456 */
            articleNo: string;
            /**
             * @description The holder as a pseudonymous reference
             * @example P-K7Q2MZ4XAB
             */
            personRef: string;
            /**
             * Format: date
             * @example 2025-03-04
             */
            deliveredOn: string;
            /**
             * Format: date
             * @description The day this payer took over
             * @example 2025-06-01
             */
            payerSince: string;
            /** @example 250 */
            monthlyRentSek: number;
        };
        FleetDto: {
            /** @example KUND-VASTERAS */
            payerId: string;
            /** @description The aids out now that this payer pays for today */
            items: components["schemas"]["FleetItemDto"][];
        };
        BillingMonthPayerDto: {
            /** @example KUND-VASTERAS */
            payerId: string;
            /** @example Västerås stad */
            name: string;
            /**
             * @description How many lines its invoice basis of the month has
             * @example 3
             */
            lines: number;
            /** @example 750 */
            totalSek: number;
        };
        BillingMonthDto: {
            /** @example 2025-03 */
            month: string;
            closed: boolean;
            /**
             * @description The books are closed through it
             * @example 2025-02
             */
            closedThrough: string | null;
            /**
             * @description The first month ever closed: the books begin with it, earlier months were invoiced before them
             * @example 2024-12
             */
            booksFrom: string | null;
            /** @description Every registered payer, by payerId */
            payers: components["schemas"]["BillingMonthPayerDto"][];
            /** @example 750 */
            totalSek: number;
        };
        IssueRecallDto: {
            /**
             * Format: uuid
             * @description Chosen by the client to make a retried recall recognisable
             */
            recallId?: string;
            /** @example Lyftbygel kan spricka vid last över 150 kg */
            title: string;
            /** @example 200301 */
            articleNo: string;
            /**
             * @description The maker's lots it covers; absent or empty = every lot
             * @example [
             *       "24A117"
             *     ]
             */
            lots?: string[];
            /**
             * @description First serial number covered; all digits compare as numbers, other serials as text of the same length
             * @example SN-L-0100
             */
            serialFrom?: string | null;
            /**
             * @description Last serial number covered (inclusive)
             * @example SN-L-0199
             */
            serialTo?: string | null;
            /**
             * @description What is done with each affected aid
             * @enum {string}
             */
            action: "inspect" | "pickUp" | "replace";
            /**
             * Format: date
             * @description The day the centre received the field safety notice
             * @example 2026-11-20
             */
            issuedOn: string;
        };
        RecallHolderDto: {
            /** Format: uuid */
            personId: string;
            /** Format: date */
            since: string;
        };
        RecallPastHolderDto: {
            /** Format: uuid */
            personId: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        AffectedAidDto: {
            /** Format: uuid */
            assetId: string;
            /** @example 4KX7P2C */
            unitNumber: string | null;
            serialNumber: string;
            lot: string | null;
            /** @enum {string} */
            status: "ready" | "allocated" | "inTransit" | "onLoan" | "awaitingReconditioning" | "scrapped";
            /** @description Auditor and admin only */
            currentHolder?: components["schemas"]["RecallHolderDto"] | null;
            /** @description Auditor and admin only */
            pastHolders?: components["schemas"]["RecallPastHolderDto"][];
        };
        RecallIssuedDto: {
            /** Format: uuid */
            recallId: string;
            /** @description The stream revision of the recall */
            streamRevision: number;
            /** @description The scope recorded when the recall was issued */
            affected: components["schemas"]["AffectedAidDto"][];
        };
        RecallUnitDoneDto: {
            /**
             * Format: date
             * @example 2026-11-24
             */
            doneOn: string;
            /** @example Bygeln inspekterad, utan anmärkning */
            outcome: string;
        };
        RecallSummaryDto: {
            /** Format: uuid */
            recallId: string;
            title: string;
            articleNo: string;
            /** @description null = every lot */
            lots: string[] | null;
            serialFrom: string | null;
            serialTo: string | null;
            /** @enum {string} */
            action: "inspect" | "pickUp" | "replace";
            /** Format: date */
            issuedOn: string;
            /** @description Aids in the recorded scope */
            affected: number;
            done: number;
            /** @description affected − done */
            remaining: number;
        };
        RecallListDto: {
            items: components["schemas"]["RecallSummaryDto"][];
        };
        OpenRecallUnitDto: {
            /** Format: uuid */
            recallId: string;
            title: string;
            /** @enum {string} */
            action: "inspect" | "pickUp" | "replace";
            /** Format: date */
            issuedOn: string;
            /** Format: uuid */
            assetId: string;
            articleNo: string;
            unitNumber: string | null;
            serialNumber: string;
            /** @enum {string} */
            status: "ready" | "allocated" | "inTransit" | "onLoan" | "awaitingReconditioning" | "scrapped";
            location: string;
        };
        OpenRecallUnitListDto: {
            items: components["schemas"]["OpenRecallUnitDto"][];
        };
        RecallUnitDto: {
            /** Format: uuid */
            assetId: string;
            /** @example 4KX7P2C */
            unitNumber: string | null;
            serialNumber: string;
            lot: string | null;
            /** @enum {string} */
            status: "ready" | "allocated" | "inTransit" | "onLoan" | "awaitingReconditioning" | "scrapped";
            /** @description Auditor and admin only */
            currentHolder?: components["schemas"]["RecallHolderDto"] | null;
            /** @description Auditor and admin only */
            pastHolders?: components["schemas"]["RecallPastHolderDto"][];
            /** @description The location it is at, or left from when on loan */
            location: string;
            /** Format: date */
            doneOn: string | null;
            outcome: string | null;
        };
        RecallDto: {
            /** Format: uuid */
            recallId: string;
            title: string;
            articleNo: string;
            /** @description null = every lot */
            lots: string[] | null;
            serialFrom: string | null;
            serialTo: string | null;
            /** @enum {string} */
            action: "inspect" | "pickUp" | "replace";
            /** Format: date */
            issuedOn: string;
            /** @description Aids in the recorded scope */
            affected: number;
            done: number;
            /** @description affected − done */
            remaining: number;
            units: components["schemas"]["RecallUnitDto"][];
        };
        DemoTokenDto: {
            role: components["schemas"]["Role"];
            /** @example Lisa Lager */
            name: string;
            /** @description A bearer token for the role */
            token: string;
        };
        DemoTokensDto: {
            tokens: components["schemas"]["DemoTokenDto"][];
        };
        FieldErrorDto: {
            field: string;
            message: string;
        };
        ProblemDetailsDto: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @example ASSET.NOT_ON_LOAN */
            code: string;
            /** @description The path of the request */
            instance?: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @description The state that refused a transition (409) */
            currentState?: string;
            /** @description The revision the resource is at now (412) */
            currentRevision?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    articles_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleListDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    articles_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterArticleDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            201: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_index: {
        parameters: {
            query?: {
                status?: "ready" | "allocated" | "inTransit" | "onLoan" | "awaitingReconditioning" | "scrapped";
                articleNo?: string;
                /** @description The maker's lot, exactly */
                lot?: string;
                /** @description prefix of the asset id or serial number */
                q?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetIndexPageDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAssetDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            201: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_release: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseAllocationDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_dispatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispatchAidDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_deliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverAidDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_deliveryFailed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordDeliveryFailureDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_return: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnAidDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_recondition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReconditionAidDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_reportRepair: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportRepairDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            201: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_completeRepair: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
                repairId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteRepairDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_inspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InspectAidDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_scrap: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScrapAidDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_assignUnitNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_scan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScanAssetDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScannedAssetDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_label: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The label as a one-page PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectBusinessDateDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_reverseDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseDeliveryDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_requestPickup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestPickupDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            201: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_reschedulePickup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReschedulePickupDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_cancelPickup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelPickupDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_state: {
        parameters: {
            query?: {
                /** @description ISO timestamp: the state as the system knew it then */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetStateDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetHistoryDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    assets_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetChainVerificationDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    consumables_receive: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                articleNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveConsumablesDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    consumables_deliver: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                articleNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverConsumablesDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    consumables_adjust: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                articleNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustConsumablesDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    orders_list: {
        parameters: {
            query?: {
                /** @description open = placed and waiting for an aid */
                status?: "open" | "placed" | "cancelled" | "fulfilled";
                articleNo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderListDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    orders_place: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceOrderDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            201: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    orders_allocate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocateOrderDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    orders_reschedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleOrderDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    orders_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelOrderDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    payers_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayerListDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    payers_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPayerDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            201: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    persons_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPersonDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            201: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    persons_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LookupPersonDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonIdDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    persons_move: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MovePersonDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    persons_changeContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    persons_changeHousing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeHousingDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    persons_erase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasePersonDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    persons_details: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDetailsDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    persons_aids: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonAidsDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    persons_orders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonOrdersDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    stock_levels: {
        parameters: {
            query?: {
                articleNo?: string;
                location?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLevelsDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    metrics_delivery: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                groupBy?: "day" | "month" | "municipality" | "route";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryMetricsDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    metrics_repairs: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                groupBy?: "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairMetricsDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    statistics_prescriptions: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                groupBy?: "sex" | "municipality" | "isoClass" | "ageBand";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrescriptionStatisticsDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    fittings_request: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestFittingDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            201: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    fittings_offer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferFittingDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    fittings_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteFittingDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    fittings_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelFittingDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    fittingMetrics_fittings: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                groupBy?: "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FittingMetricsDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    exports_aidRegister: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The file format */
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename="<name>-<today>.<format>" (never personal data) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    exports_personAids: {
        parameters: {
            query: {
                /** @description The person (pseudonymous id) */
                personId: string;
            };
            header?: never;
            path: {
                /** @description The file format */
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename="<name>-<today>.<format>" (never personal data) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    exports_assets: {
        parameters: {
            query?: {
                status?: "ready" | "allocated" | "inTransit" | "onLoan" | "awaitingReconditioning" | "scrapped";
                articleNo?: string;
                /** @description prefix of the asset id or serial number */
                q?: string;
            };
            header?: never;
            path: {
                /** @description The file format */
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename="<name>-<today>.<format>" (never personal data) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    exports_stock: {
        parameters: {
            query?: {
                articleNo?: string;
                location?: string;
            };
            header?: never;
            path: {
                /** @description The file format */
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename="<name>-<today>.<format>" (never personal data) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    exports_deliveryMetrics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                groupBy?: "day" | "month" | "municipality" | "route";
            };
            header?: never;
            path: {
                /** @description The file format */
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename="<name>-<today>.<format>" (never personal data) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    exports_repairMetrics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                groupBy?: "month";
            };
            header?: never;
            path: {
                /** @description The file format */
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename="<name>-<today>.<format>" (never personal data) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    exports_prescriptionStatistics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                groupBy?: "sex" | "municipality" | "isoClass" | "ageBand";
            };
            header?: never;
            path: {
                /** @description The file format */
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename="<name>-<today>.<format>" (never personal data) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    exports_fittingMetrics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                groupBy?: "month";
            };
            header?: never;
            path: {
                /** @description The file format */
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename="<name>-<today>.<format>" (never personal data) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    exports_invoiceBasis: {
        parameters: {
            query: {
                payerId: string;
                /** @description The calendar month, YYYY-MM */
                month: string;
            };
            header?: never;
            path: {
                /** @description The file format */
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    /** @description attachment; filename="<name>-<today>.<format>" (never personal data) */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    transport_route: {
        parameters: {
            query?: {
                /** @description Defaults to today */
                day?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouteDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    inspections_due: {
        parameters: {
            query?: {
                /** @description Due before this day (exclusive); defaults to today + 30 */
                before?: string;
                /** @description Only aids on loan to residents of this municipality */
                municipality?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionsDueDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    mdr_pastLifetime: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PastLifetimeDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    mdr_holders: {
        parameters: {
            query: {
                articleNo: string;
                /** @description The maker's lot */
                lot?: string;
                /** @description First serial number (inclusive) */
                serialFrom?: string;
                /** @description Last serial number (inclusive) */
                serialTo?: string;
                /** @description A day or an ISO instant (read as its day in Stockholm); without it, every holder ever */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AidHoldersDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    accessLog_find: {
        parameters: {
            query?: {
                /** @description Who has looked at this person? */
                personId?: string;
                /** @description What has this user (token subject) looked at? */
                actor?: string;
                /** @description First day, inclusive */
                from?: string;
                /** @description Last day, inclusive */
                to?: string;
                /** @description The `nextCursor` of the page before */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPageDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    accessLog_verify: {
        parameters: {
            query: {
                /** @description The day in Stockholm whose access log to check */
                day: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogVerificationDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    auth_signInOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInOptionsDto"];
                };
            };
        };
    };
    auth_principal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
        };
    };
    health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description Not ready: a projection is too far behind or failed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
        };
    };
    prometheus_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Prometheus exposition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    billing_invoiceBasis: {
        parameters: {
            query: {
                payerId: string;
                /** @description The calendar month, YYYY-MM */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceBasisDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    billing_forecast: {
        parameters: {
            query: {
                payerId: string;
                /** @description The calendar month, YYYY-MM */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceBasisDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    billing_fleet: {
        parameters: {
            query: {
                payerId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    billing_month: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The calendar month, YYYY-MM */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingMonthDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    billing_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                /** @description The calendar month, YYYY-MM */
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    recalls_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecallListDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    recalls_issue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueRecallDto"];
            };
        };
        responses: {
            /** @description The recall and its affected aids */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecallIssuedDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    recalls_done: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key answers the first answer again and appends nothing */
                "Idempotency-Key"?: string;
                /** @description The quoted stream revision the command expects, as given in the ETag (e.g. "3") */
                "If-Match"?: string;
            };
            path: {
                id: string;
                assetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecallUnitDoneDto"];
            };
        };
        responses: {
            /** @description Where the change landed; the stream revision is the ETag */
            200: {
                headers: {
                    /** @description The stream revision, quoted: send it back as If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswerDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The current state does not allow it: the message names the state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description If-Match names a revision that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The Idempotency-Key was used before with another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    recalls_openUnits: {
        parameters: {
            query: {
                /** @description inStock: at the warehouse (ready, allocated, awaiting reconditioning); onLoan: with a person */
                where: "inStock" | "onLoan";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenRecallUnitListDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    recalls_recall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecallDto"];
                };
            };
            /** @description Invalid input: `errors` names each offending field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No bearer token, or one that is not accepted */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description An id in the path or the body is unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    demo_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A bearer token per role for the demo users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoTokensDto"];
                };
            };
            /** @description Too many requests from this caller */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
}
