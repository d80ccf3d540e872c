/**
 * The Reglament API's types, generated from its OpenAPI document by
 * client/generate.ts (openapi-typescript). Do not edit: run
 * `npx tsx api/document.ts | npx tsx client/generate.ts`.
 */

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the API is up */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether this API process can serve: PostgreSQL and Temporal both answer */
    get: operations['getReady'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The OpenAPI 3.1 document of this API */
    get: operations['getOpenapiJson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Interactive API reference (Swagger UI) */
    get: operations['getDocs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs/assets/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A static file of the reference page (from swagger-ui-dist) */
    get: operations['getDocsAssetsByFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/guide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The guides' map: one guide per reader (rendered docs/README.md) */
    get: operations['getGuide'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/guide/help': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's help: a redirect to the guide's section about a page of the workspace */
    get: operations['getGuideHelp'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/guide/images/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A picture of the guides (docs/images/) */
    get: operations['getGuideImagesByFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/guide/{page}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A guide, rendered from its Markdown */
    get: operations['getGuideByPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/) */
    get: operations['getRoot'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/signin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/signin) */
    get: operations['getSignin'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/accept) */
    get: operations['getAccept'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/inbox) */
    get: operations['getInbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pipeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/pipeline) */
    get: operations['getPipeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deal-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/deal-list) */
    get: operations['getDealList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/company-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/company-list) */
    get: operations['getCompanyList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/company/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/company/:id) */
    get: operations['getCompanyById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/schedule) */
    get: operations['getSchedule'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/board) */
    get: operations['getBoard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deal/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/deal/:id) */
    get: operations['getDealById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/new-deal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/new-deal) */
    get: operations['getNewDeal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/studio': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/studio) */
    get: operations['getStudio'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/studio/new': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/studio/new) */
    get: operations['getStudioNew'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/studio/regulations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/studio/regulations/:id) */
    get: operations['getStudioRegulationsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/studio/dashboards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/studio/dashboards) */
    get: operations['getStudioDashboards'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/studio/dashboards/{view}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/studio/dashboards/:view) */
    get: operations['getStudioDashboardsByView'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/studio/admin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/studio/admin) */
    get: operations['getStudioAdmin'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/studio/admin/{section}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's page (/studio/admin/:section) */
    get: operations['getStudioAdminBySection'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/assets/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web workspace's built assets (hashed names, cached for a year) */
    get: operations['getAssetsByFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with a password: sets the session cookie
     * @description The cookie is HttpOnly and SameSite=Strict; every change made with it also needs the returned `csrfToken` as `X-CSRF-Token` (it is also in the readable `reglament_csrf` cookie).
     */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: ends the session and clears its cookies */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set one’s password with a one-time invitation */
    post: operations['postAuthAccept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/m/{id}/open.gif': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The open-tracking pixel of a message
     * @description Records `email.opened` for the deal once per message; always answers the pixel.
     */
    get: operations['getMByIdOpenGif'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/m/{id}/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unsubscribe from automated mail (the link in every automated message) */
    get: operations['getMByIdUnsubscribe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ical/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person’s calendar feed (iCalendar), for Google, Yandex or Outlook to subscribe to
     * @description Meetings, calls and visits from 30 days ago to a year ahead. An unknown, rotated or revoked token answers 404.
     */
    get: operations['getIcalByFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in: name, role, language and time zone */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Store one’s language (ru or en) */
    put: operations['putMePreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One’s own notifications, live (Server-Sent Events, resumable with Last-Event-ID) */
    get: operations['getMeStream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether one has a calendar feed (its URL is shown only when made) */
    get: operations['getMeCalendarFeed'];
    put?: never;
    /** Make one’s iCalendar feed, or a new URL for it (the old one stops working) */
    post: operations['postMeCalendarFeed'];
    /** Revoke one’s calendar feed */
    delete: operations['deleteMeCalendarFeed'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every integration key, revoked ones too (never a secret) */
    get: operations['getApiKeys'];
    put?: never;
    /** Create an integration key */
    post: operations['postApiKeys'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an integration key */
    delete: operations['deleteApiKeysById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail of mutations outside deals, newest first */
    get: operations['getAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand in an event from an integration
     * @description Stored before it is applied: while Temporal is unreachable the event is kept and applied later (`applied: false`). An unknown type or deal is refused and kept as a dead letter.
     */
    post: operations['postEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/intake/{type}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An integration event a plugin turns into a deal */
    post: operations['postIntakeByType'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Events that could not be taken, newest first */
    get: operations['getDeadLetters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every webhook, with its deliveries counted by status (never a secret) */
    get: operations['getWebhooks'];
    put?: never;
    /** Register a webhook that receives every notification, signed */
    post: operations['postWebhooks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every delivery to a webhook, with its attempts and last answer */
    get: operations['getWebhooksByIdDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Deactivate a webhook: no new notifications are queued for it (its log stays) */
    delete: operations['deleteWebhooksById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every regulation with its newest version */
    get: operations['getRegulations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The JSON Schema a regulation file follows
     * @description With each kind of rule spelled out: the facts and operators this server and its plugins offer, and the loaded plugins by id (what an editor completes from).
     */
    get: operations['getRegulationsSchema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Validate a draft without publishing it
     * @description The same checks as publishing (and `reglament validate`): every problem with its JSON pointer, line and column; when the draft is valid, its stages after composition with plugins and its diagram. A draft with problems is still a 200: the problems are the answer.
     */
    post: operations['postRegulationsValidate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every version with who published it, when and why */
    get: operations['getRegulationsByIdVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/{id}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What changed between two versions (default: the newest against the one before) */
    get: operations['getRegulationsByIdDiff'];
    put?: never;
    /** What a draft changes against a published version (default: the newest) */
    post: operations['postRegulationsByIdDiff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/{id}/simulate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dry-run a scenario on a simulated clock: nothing is written, no workflow starts
     * @description On a published version, or on a draft sent as `source` (which must be valid).
     */
    post: operations['postRegulationsByIdSimulate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/{id}/source': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The text a version was published as (default: the newest) */
    get: operations['getRegulationsByIdSource'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/{id}/revert': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish an older version again, as a new version
     * @description History is never rewritten: the older content becomes the newest version, with who reverted and why. When the newest version already has that content, nothing changes (200).
     */
    post: operations['postRegulationsByIdRevert'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/{id}/graph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The regulation as a diagram: Mermaid (default), Graphviz DOT or SVG */
    get: operations['getRegulationsByIdGraph'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version of a regulation (default: the newest) */
    get: operations['getRegulationsById'];
    /**
     * Publish a version
     * @description The regulation as YAML (problems reported with line and column) or JSON. Publishing the newest content again changes nothing (200).
     */
    put: operations['putRegulationsById'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/{id}/migrations/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Plan a migration (dry run): which deals move where, which tasks end and start */
    post: operations['postRegulationsByIdMigrationsPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/{id}/migrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a migration job: running deals move deal by deal in a durable workflow
     * @description Checks the versions and the stage map, then answers at once with the job; follow it with `GET /jobs/{id}`, whose report (a MigrationReport) lists what moved, what failed and what was left.
     */
    post: operations['postRegulationsByIdMigrations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regulations/{id}/migrations/deals/{dealId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Migrate one deal onto a newer version */
    post: operations['postRegulationsByIdMigrationsDealsByDealId'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find the deals one may see: search, filters, keyset pages
     * @description A manager sees their own deals, a head their department’s, directors and admins all. Pages follow each other by nextCursor (keyset: no row is skipped or repeated while deals are written).
     */
    get: operations['getDeals'];
    put?: never;
    /**
     * Start a deal
     * @description Starts the deal’s workflow on the regulation’s current (or named) version and answers once its first stage and tasks are readable. A manager starts deals only for themselves.
     */
    post: operations['postDeals'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The deals list as CSV (heads, directors and admins)
     * @description The same query as GET /deals; up to limit rows (default 10000), the next page’s cursor in the X-Next-Cursor header.
     */
    get: operations['getDealsExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A deal with all its tasks */
    get: operations['getDealsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The deal’s append-only audit log */
    get: operations['getDealsByIdEvents'];
    put?: never;
    /**
     * Move the deal with a regulation event
     * @description Refused, with nothing written, when the stage does not allow the move yet.
     */
    post: operations['postDealsByIdEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What happened to the deal, in the same shape as a simulation’s timeline */
    get: operations['getDealsByIdTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every decision the rules made for this deal, with the facts they saw and the alternatives */
    get: operations['getDealsByIdDecisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/moves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The moves the deal’s stage allows, and why each is refused now
     * @description The workflow’s own validator run on the deal as it is: a move with reasons would be refused (409/422) if sent now. Empty for a closed deal.
     */
    get: operations['getDealsByIdMoves'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The templates suggested for the deal’s open tasks, rendered with its data as it is now */
    get: operations['getDealsByIdTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/timers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reminders and escalations: scheduled, fired or cancelled, and who was told */
    get: operations['getDealsByIdTimers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The escalations raised about this deal */
    get: operations['getDealsByIdEscalations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who handed the deal over and follows it (they may read it and complain that it stalls) */
    get: operations['getDealsByIdParticipants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complain that the deal stalls: an escalation to one’s own head (participants only) */
    post: operations['postDealsByIdComplaints'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Moves on this deal that the regulation refused: who tried what and why */
    get: operations['getDealsByIdAttempts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand the deal and its open tasks to whoever the assignment rules choose now */
    post: operations['postDealsByIdReassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The deal's e-mail messages with every delivery attempt */
    get: operations['getDealsByIdMessages'];
    put?: never;
    /**
     * Send an e-mail from the deal to its contacts (a template rendered with the deal's data, or text)
     * @description Queued in the mail outbox (one message per recipient) and sent at least once with retries; `message.queued` and `message.sent` are on the timeline.
     */
    post: operations['postDealsByIdMessages'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the companies one may see
     * @description A manager sees the companies they manage and those of their deals; a head, their department’s.
     */
    get: operations['getCompanies'];
    put?: never;
    /**
     * Create a company
     * @description A manager creates companies they manage; the status is lead unless sent.
     */
    post: operations['postCompanies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A company with its holding and contacts */
    get: operations['getCompaniesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a company
     * @description What is sent changes, the rest stays. A manager may not hand the company to someone else.
     */
    patch: operations['patchCompaniesById'];
    trace?: never;
  };
  '/companies/{id}/holding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Link the company into a holding (or out of it, with null) */
    put: operations['putCompaniesByIdHolding'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a contact person */
    post: operations['postCompaniesByIdContacts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a contact (isClient: true marks it for the accounting export) */
    patch: operations['patchCompaniesByIdContactsByContactId'];
    trace?: never;
  };
  '/companies/{id}/related': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The other companies of its holding that are not clients yet: cross-sell leads, with why */
    get: operations['getCompaniesByIdRelated'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}/related/{relatedId}/lead': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a deal for a related company of the holding, as a cross-sell lead
     * @description The deal’s client is the related company (client.source is cross_sell, client.crossSellFrom this company). A manager starts deals only for themselves.
     */
    post: operations['postCompaniesByIdRelatedByRelatedIdLead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}/deals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The company’s deals one may see, open and closed, with their stage’s title */
    get: operations['getCompaniesByIdDeals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** E-mail and logged calls of the company’s deals one may see */
    get: operations['getCompaniesByIdActivity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}/risks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Competitors in the company’s holding: a confidentiality risk */
    get: operations['getCompaniesByIdRisks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/holdings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every holding */
    get: operations['getHoldings'];
    put?: never;
    /** Create a holding (link companies into it with PUT /companies/{id}/holding) */
    post: operations['postHoldings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An inbox: the tasks one may see
     * @description Managers see their own, heads their department’s, directors and admins everyone’s.
     */
    get: operations['getTasks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One task */
    get: operations['getTasksById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete a task, with an outcome and fields
     * @description Refused, with nothing written, when the task is not open or the fields are invalid.
     */
    post: operations['postTasksByIdComplete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/managers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everyone */
    get: operations['getManagers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/managers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One person */
    get: operations['getManagersById'];
    /** Create or change a person */
    put: operations['putManagersById'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/managers/{id}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deactivate a person: access ends at once, a job hands their open deals to the assignment rules
     * @description The person is inactive (and the change audited) before the answer; their open deals are reassigned by a durable job. Follow it with `GET /jobs/{id}`, whose report (a Deactivation) says who took which deal.
     */
    post: operations['postManagersByIdDeactivate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/managers/{id}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A one-time link for a person to set their password (valid for 7 days) */
    post: operations['postManagersByIdInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/load': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The team’s open deals and tasks against their caps, absences and availability now
     * @description Heads see their department; directors and admins everyone. The board shows it beside each person.
     */
    get: operations['getPeopleLoad'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/absences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person’s absences, past and coming */
    get: operations['getPeopleByIdAbsences'];
    put?: never;
    /**
     * Record an absence (vacation, sick leave, business trip) with an optional deputy
     * @description While absent the person gets no new deals; their reminders and escalations go to the deputy (or their head). The same `id` sent again answers 200 with the absence first recorded.
     */
    post: operations['postPeopleByIdAbsences'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/digests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a person finds on return from an absence: the tasks handed over and how they stand
     * @description The person, their head, directors and admins.
     */
    get: operations['getPeopleByIdDigests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/absences/{absenceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an absence (cancelled, or entered by mistake) */
    delete: operations['deletePeopleByIdAbsencesByAbsenceId'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Cap a person’s open deals and/or open tasks
     * @description Assignment never gives them more; when everyone matching is at the cap the deal goes to the queue.
     */
    put: operations['putPeopleByIdCapacity'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/departments/{department}/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Cap the open deals and/or open tasks of each person in a department (a person’s own cap wins) */
    put: operations['putPeopleDepartmentsByDepartmentCapacity'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/hours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * A person’s own working days and hours (part-time, shifts), in their time zone
     * @description Used for "on shift" in assignment and for the due times and escalations of their tasks.
     */
    put: operations['putPeopleByIdHours'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/override': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a deal to another stage past the regulation’s checks, or reopen a closed one, with a reason (audited)
     * @description The answer names the exit checks overridden (open required tasks, empty required fields); the deal’s log holds a `deal.overridden` fact and the audit a line. The deal goes on from the stage with its tasks and timers. A closed deal is reopened at the stage: its workflow starts again from there (`reopened: true` in the fact).
     */
    post: operations['postDealsByIdOverride'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/skip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Skip a required task of a deal’s current stage, with a reason (audited)
     * @description The task is closed as cancelled by override and the stage’s exit check counts it as done; the deal’s log holds `task.cancelled` and `deal.overridden` facts, the audit a `task.skipped` line, compliance an override.
     */
    post: operations['postDealsByIdSkip'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deals/{id}/receivables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A deal’s payment terms: its instalments, what is paid and how far overdue notices went */
    get: operations['getDealsByIdReceivables'];
    /**
     * Set a deal’s payment terms (instalments with amount, due date and invoice number)
     * @description An instalment is keyed by its invoice number: setting it again changes its amount and due date unless it is paid. Unpaid past its due date, the deal’s owner is reminded, then the regulation’s escalation chain is told level by level; the accounting import’s settlement for the invoice marks it paid and stops the chain.
     */
    put: operations['putDealsByIdReceivables'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A bulk job: progress (done/total), and the report once it has ended */
    get: operations['getJobsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reminders and escalations sent: one’s own, or anyone’s for directors and admins */
    get: operations['getNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/unread': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of one’s escalations, reminders, complaints and bounced messages are unread */
    get: operations['getNotificationsUnread'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/bell': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One’s own bell: escalations, reminders, complaints and bounced messages, unread first, then newest */
    get: operations['getNotificationsBell'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all one’s bell notifications read (or those listed); marking again changes nothing */
    post: operations['postNotificationsRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of one’s notifications read (again: no change) */
    post: operations['postNotificationsByIdRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/boards/{regulationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The pipeline board: a column per stage, a card per active deal one may see
     * @description Managers see their own deals, heads their department’s and those on a queue, directors and admins all. Queue deals come first in each column, then the latest changed.
     */
    get: operations['getBoardsByRegulationId'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plugins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Plugins loaded, and those that failed to load */
    get: operations['getPlugins'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/analytics/funnel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deals by stage and status, grouped by a dimension: owner, region, or one a plugin contributes */
    get: operations['getAnalyticsFunnel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/analytics/stages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Funnel from stage entries: conversion to the next stage, drop-off with lost reasons and competitors
     * @description Deals entering each stage in the period (first entry per deal), how many reached a later stage, how many were lost from it (the last stage entered before the loss). groupBy=cohort: per month deals started (the period selects deals by start); compare=version: per regulation version. Directors and admins see everyone, a head their department, a manager themselves only; filters narrow that.
     */
    get: operations['getAnalyticsStages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/analytics/time': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Time in each stage and total cycle (median, p90), against each stage’s SLA
     * @description Time from stage.entered to stage.left of each visit entered in the period, and the cycle (start to close) of deals closed in the period, in wall time and in working time (the hours the deal's regulation calendar is open: its zone, working days and hours, holidays; stored when each visit ends and each deal closes). A visit is breached when its working time exceeds the stage's SLA counted in working time, as the engine's SLA escalations count it (an SLA in months or years: wall time); breachClock says which, per stage. Directors and admins see everyone, a head their department, a manager themselves only; filters narrow that.
     */
    get: operations['getAnalyticsTime'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/analytics/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tasks the regulation demanded: done on time, late, cancelled, open, overdue — by kind
     * @description E.g. kind=meeting&department=X&companyId=Y: the meetings department X should have held with company Y in the period (demanded), held (done) and cancelled. Tasks count by due time (creation without one); the person filters apply to the assignee. Directors and admins see everyone, a head their department, a manager themselves only; filters narrow that.
     */
    get: operations['getAnalyticsCompliance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/analytics/refusals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Refused moves per person and refusal code
     * @description Directors and admins see everyone, a head their department, a manager themselves only; filters narrow that.
     */
    get: operations['getAnalyticsRefusals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/analytics/managers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Per manager: leads received and won, calls, meetings, overdue tasks, escalations, average cycle
     * @description Directors and admins see everyone, a head their department, a manager themselves only; filters narrow that.
     */
    get: operations['getAnalyticsManagers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/analytics/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Share of leads that became sales, by region (six months unless `from` is given), and average cycle
     * @description Directors and admins see everyone, a head their department, a manager themselves only; filters narrow that.
     */
    get: operations['getAnalyticsRegions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/analytics/win-probability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Win probability of open deals, explained by factor, with the model’s calibration
     * @description Naive Bayes over smoothed per-factor win rates of closed deals (stage reached, time in stage vs SLA, industry, region, source, competitor named, manager), combined as log-odds; each deal lists its factors' contributions. Calibration: trained on four fifths of the closed deals, Brier score and reliability on the held-out fifth at every stage they entered. The model is refitted on every closed deal by a Temporal schedule (refreshedAt says when); a filter that narrows the closed deals learned from (period, regulation, version, department, manager, region, industry, company, holding) fits one on request. Directors and admins see everyone, a head their department, a manager themselves only; filters narrow that.
     */
    get: operations['getAnalyticsWinProbability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/analytics/receivables/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Overdue receivables: unpaid instalments past their due date, by manager and by company
     * @description Directors and admins see everyone, a head their department, a manager themselves only.
     */
    get: operations['getAnalyticsReceivablesOverdue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/analytics/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Complaints from clients per manager: opened, open, past their SLA, resolved, resolved within it
     * @description Directors and admins see everyone, a head their department, a manager themselves only.
     */
    get: operations['getAnalyticsComplaints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Complaints from clients on the deals one sees, newest first */
    get: operations['getComplaints'];
    put?: never;
    /**
     * A client complains: a complaint opens on their current (or last) deal, for its owner, with an SLA
     * @description Past the SLA (the regulation’s complaints.sla of working time, default a working day) the owner is reminded, then the regulation’s escalation chain is told level by level until it is resolved. An externalId sent again answers the complaint it opened (200) instead of a new one (201).
     */
    post: operations['postComplaints'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/complaints/{id}/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resolve a client’s complaint: its reminders and escalation stop */
    post: operations['postComplaintsByIdResolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/attempts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Refused moves: who tried to skip a step, what and why (a head sees their team’s) */
    get: operations['getAttempts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/competitors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Competitors with their danger rating: the lost deals they appeared in */
    get: operations['getCompetitors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbound/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A mail provider's inbound webhook: a reply to one of our messages
     * @description Matched by the reply+<messageId>@ address or In-Reply-To; becomes `email.replied` through the events intake (an `EMAIL_REPLIED` move where the stage has one).
     */
    post: operations['postInboundEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mail/catch-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the local catch-all SMTP server received (`reglament start` without SMTP_URL), newest first */
    get: operations['getMailCatchAll'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/telephony/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Calls, newest first: a manager’s own deals’ and extension’s, a head’s team’s */
    get: operations['getTelephonyCalls'];
    put?: never;
    /**
     * Report one event of a call: started, answered, finished or recorded
     * @description Idempotent on the PBX’s call id: a repeated or late event changes nothing twice. A finished call is logged on the client’s open deal, opens a lead for an unknown number, and leaves a call-back when missed, as the telephony rules say.
     */
    post: operations['postTelephonyCalls'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/telephony/pbx/{vendor}/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A PBX vendor’s own webhook (GET)
     * @description Mango Office posts to `/pbx/mango-office/{key}/events/call|summary|recording`, Zadarma to `/pbx/zadarma/{key}`. The integration key is in the path: a PBX sends no headers of ours and appends its own path to the URL. Zadarma’s URL check (`zd_echo`) is answered with the echo.
     */
    get: operations['getTelephonyPbxWebhook'];
    put?: never;
    /**
     * A PBX vendor’s own webhook (POST)
     * @description Mango Office posts to `/pbx/mango-office/{key}/events/call|summary|recording`, Zadarma to `/pbx/zadarma/{key}`. The integration key is in the path: a PBX sends no headers of ours and appends its own path to the URL. Zadarma’s URL check (`zd_echo`) is answered with the echo.
     */
    post: operations['postTelephonyPbxWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/telephony/pbx/{vendor}/{key}/{event}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A PBX vendor’s own webhook (GET, with the vendor’s event path)
     * @description Mango Office posts to `/pbx/mango-office/{key}/events/call|summary|recording`, Zadarma to `/pbx/zadarma/{key}`. The integration key is in the path: a PBX sends no headers of ours and appends its own path to the URL. Zadarma’s URL check (`zd_echo`) is answered with the echo.
     */
    get: operations['getTelephonyPbxWebhookEvent'];
    put?: never;
    /**
     * A PBX vendor’s own webhook (POST, with the vendor’s event path)
     * @description Mango Office posts to `/pbx/mango-office/{key}/events/call|summary|recording`, Zadarma to `/pbx/zadarma/{key}`. The integration key is in the path: a PBX sends no headers of ours and appends its own path to the URL. Zadarma’s URL check (`zd_echo`) is answered with the echo.
     */
    post: operations['postTelephonyPbxWebhookEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/telephony/route': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Which extension should ring for a call from this number
     * @description The owner of the client’s open deal when on shift and on an extension; else the telephony rules’ choice.
     */
    get: operations['getTelephonyRoute'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/telephony/calls/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One call (404 for a call on a deal one may not see) */
    get: operations['getTelephonyCallsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/telephony/call-backs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Call-backs of missed calls: one’s own (a head’s team’s, everyone’s for a director) */
    get: operations['getTelephonyCallBacks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/telephony/extensions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who answers each extension */
    get: operations['getTelephonyExtensions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/telephony/extensions/{extension}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Give an extension to a person */
    put: operations['putTelephonyExtensionsByExtension'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/telephony/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The telephony rules in force (the shipped ones until a director saves some) */
    get: operations['getTelephonyRules'];
    /** Replace the telephony rules: leads, call-backs, routing */
    put: operations['putTelephonyRules'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/telephony/deals/{id}/numbers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The deal client’s numbers as tel: links, and whether the PBX can place a call */
    get: operations['getTelephonyDealsByIdNumbers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/telephony/deals/{id}/call': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Click-to-call: the PBX rings one’s extension, then connects it to the client */
    post: operations['postTelephonyDealsByIdCall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Meetings, calls and visits (tasks of those kinds) due in [from, to), overdue marked
     * @description Instants are UTC; `timezone` is the person’s zone to show them in. A head may ask for their team’s people, a director for anyone; someone one may not see answers 404.
     */
    get: operations['getCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find contacts by part of the name, the e-mail, or part of the phone (as digits)
     * @description Only contacts of the companies one may see (a manager: those they manage or have a deal with).
     */
    get: operations['getContacts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A contact with its company, and the e-mail and calls with it on the deals one may see */
    get: operations['getContactsById'];
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
    Absence: {
      id: string;
      person: string;
      /** @enum {unknown} */
      kind: 'vacation' | 'sick_leave' | 'business_trip';
      from: string;
      until: string;
      deputy: string | null;
      note: string | null;
      /** @enum {unknown} */
      tasks: 'stay' | 'deputy' | 'pool';
      createdBy: string;
    };
    AbsenceDigest: {
      absenceId: string;
      person: string;
      /** Format: date-time */
      createdAt: string;
      /** @description the tasks handed over on the first day, and how each stands now */
      handedOver: {
        taskId: string;
        title: string;
        to: string;
        status: string;
        closedBy: string | null;
      }[];
      /** @description the person’s open tasks on return */
      openTasks: number;
      openDeals: number;
      /** @description their deals won or lost while they were away */
      closedWhileAway: number;
    };
    AbsenceInput: {
      /** @description the HR system’s id: sending it again changes nothing (default: person:kind:from) */
      id?: string;
      /** @enum {unknown} */
      kind: 'vacation' | 'sick_leave' | 'business_trip';
      /** @description first day away, in the person’s time zone */
      from: string;
      /** @description last day away, included */
      until: string;
      /** @description who takes new reminders, escalations and tasks due meanwhile; the head when none */
      deputy?: string | null;
      note?: string | null;
      /**
       * @description on the first day, the person’s open tasks due before the return: deputy (default: to the deputy, or the head), pool (back to the regulation’s queue) or stay
       * @enum {unknown}
       */
      tasks?: 'stay' | 'deputy' | 'pool';
    };
    ApiKey: {
      id: string;
      /** @description the integration */
      name: string;
      /** @description false once revoked */
      active: boolean;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
    };
    Attempt: {
      id: string;
      dealId: string;
      actor: string;
      /** @enum {unknown} */
      action: 'event' | 'complete_task';
      detail: {
        [key: string]: unknown;
      };
      /** @description why the regulation refused, e.g. EXIT_BLOCKED, EVENT_NOT_ALLOWED */
      code: string;
      reason: string;
      /** Format: date-time */
      at: string;
    };
    AuditEntry: {
      /** @description a bigserial, as a decimal string */
      id: string;
      /** Format: date-time */
      at: string;
      actor: string;
      /** @description e.g. api-key.created, user.saved, regulation.published, deals.migrated */
      action: string;
      /** @description e.g. api-key:key_1a2b, user:ivanov, regulation:b2b_basic */
      subject: string;
      data: {
        [key: string]: unknown;
      };
    };
    Bell: {
      notifications: components['schemas']['Notification'][];
      nextCursor: string | null;
      unread: number;
    };
    Board: {
      regulationId: string;
      /** @description the regulation version the columns come from (the newest) */
      version: number;
      title: string;
      columns: {
        stage: string;
        title: string;
        /** @enum {unknown} */
        final: 'won' | 'lost' | null;
        deals: components['schemas']['BoardCard'][];
      }[];
      /** @description more deals matched than a board shows (2000): filter */
      truncated: boolean;
    };
    BoardCard: {
      id: string;
      client: string | null;
      owner: string;
      /** @description null when the owner is a queue */
      ownerName: string | null;
      /** @description on a queue, no person: shown first */
      queue: boolean;
      /** @description the deal fields the regulation marks `summary`, when filled */
      summary: {
        [key: string]: unknown;
      };
      nextTask: {
        id: string;
        title: string;
        /** Format: date-time */
        dueAt: string | null;
        assignee: string;
      } | null;
      /** @description an open task of the deal is past its due */
      overdue: boolean;
      regulationVersion: number;
    };
    Calendar: {
      person: string;
      /** @description the person’s IANA time zone, e.g. Asia/Vladivostok */
      timezone: string;
      items: components['schemas']['CalendarItem'][];
    };
    CalendarFeed: {
      /** @description the secret address to subscribe to; shown only now */
      url: string;
      /** Format: date-time */
      createdAt: string;
    };
    CalendarFeedStatus: {
      active: boolean;
      /** Format: date-time */
      createdAt: string | null;
    };
    CalendarItem: {
      taskId: string;
      dealId: string;
      title: string;
      /** @enum {unknown} */
      kind: 'meeting' | 'call' | 'visit';
      /** @enum {unknown} */
      status: 'open' | 'done';
      /**
       * Format: date-time
       * @description the instant (UTC); show it in the calendar’s timezone
       */
      dueAt: string;
      /**
       * Format: date-time
       * @description dueAt plus the kind’s length (call 30 min, meeting 1 h, visit 2 h)
       */
      endsAt: string;
      /** @description open and past its due */
      overdue: boolean;
      stage: string;
      clientName: string | null;
      companyId: string | null;
    };
    Call: {
      id: string;
      pbx: string;
      pbxCallId: string;
      /** @enum {unknown} */
      direction: 'in' | 'out' | null;
      fromNumber: string | null;
      toNumber: string | null;
      clientNumber?: string | null;
      extension?: string | null;
      manager?: string | null;
      /** @enum {unknown} */
      status: 'ringing' | 'answered' | 'finished';
      /** @enum {unknown} */
      outcome: 'answered' | 'missed' | 'busy' | null;
      durationSec?: number | null;
      recordingUrl?: string | null;
      dealId: string | null;
      companyId?: string | null;
      effect?: Record<string, unknown> | null;
      /** Format: date-time */
      startedAt?: string | null;
      /** Format: date-time */
      answeredAt?: string | null;
      /** Format: date-time */
      finishedAt?: string | null;
      /** Format: date-time */
      createdAt?: string;
      /** Format: date-time */
      updatedAt?: string;
    };
    CallAnswer: {
      /** @description `<pbx>:<call id>` */
      id: string;
      /** @enum {unknown} */
      status: 'ringing' | 'answered' | 'finished';
      dealId: string | null;
      /** @description what the finished call did: logged, lead, callBack, callBacksDone */
      effect: Record<string, unknown> | null;
    };
    CallBack: {
      id: string;
      /** @description the missed call */
      callId: string;
      clientNumber: string;
      dealId: string | null;
      assignee: string;
      /** @enum {unknown} */
      status: 'open' | 'done';
      /** Format: date-time */
      dueAt: string;
      doneByCall?: string | null;
      /** Format: date-time */
      createdAt?: string;
      /** Format: date-time */
      closedAt?: string | null;
    };
    CallRoute: {
      from: string;
      /** @description the extension to ring; null: the PBX’s own queue */
      extension: string | null;
      manager: string | null;
      reason: string;
      dealId: string | null;
      companyId: string | null;
    };
    Capacity: {
      /** @enum {unknown} */
      scope: 'person' | 'department';
      subject: string;
      openDeals: number | null;
      openTasks: number | null;
    };
    CapacityInput: {
      /** @description at most this many active deals owned; null: no cap */
      openDeals?: number | null;
      /** @description at most this many open tasks assigned; null: no cap */
      openTasks?: number | null;
    };
    CaughtMail: {
      id: string;
      /** Format: date-time */
      receivedAt: string;
      mailFrom: string | null;
      rcptTo: string[];
      messageId: string | null;
      subject: string | null;
      textBody: string | null;
    };
    ChainedDeal: {
      dealId: string;
      regulationId: string;
      stage: string;
      /** @enum {unknown} */
      status: 'active' | 'won' | 'lost';
      /** @description the final stage of the earlier deal that started the later one, and its lost reason */
      startedBy: {
        stage: string;
        reason: string | null;
      };
      /** Format: date-time */
      createdAt: string;
    };
    ChainLink: {
      predecessorId: string;
      successorId: string;
      regulationId: string;
      stage: string;
      reason: string | null;
    };
    ClientActivity: {
      /** @enum {unknown} */
      kind: 'message' | 'call';
      /** @description the message’s id, or the call’s event id */
      id: string;
      dealId: string;
      /**
       * Format: date-time
       * @description sent (or queued) at; the call’s time
       */
      at: string;
      /** @description a message’s subject; “call in” / “call out” */
      title: string;
      /** @description a message’s status (pending, sent, failed, suppressed); a call’s outcome */
      status: string | null;
      contactId: string | null;
      /** @description a message: to, from, openedAt, repliedAt, automated; a call: as logged */
      data: {
        [key: string]: unknown;
      };
    };
    ClientComplaint: {
      id: string;
      dealId: string;
      /** @description the deal’s owner when the complaint came */
      assignee: string;
      /** @enum {unknown} */
      source: 'form' | 'email' | 'manager';
      externalId: string | null;
      text: string;
      /**
       * Format: date-time
       * @description the SLA: the regulation’s complaints.sla of working time after it came
       */
      dueAt: string;
      /** @enum {unknown} */
      status: 'open' | 'resolved';
      resolution: string | null;
      resolvedAt: string | null;
      resolvedBy: string | null;
      /** @description notices past the SLA: 0 none, 1 the assignee reminded, 1 + n escalation level n */
      level: number;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
    };
    ClientComplaintCounts: {
      /** Format: date-time */
      asOf: string;
      byManager: {
        manager: string;
        total: number;
        open: number;
        /** @description open past their SLA */
        overdue: number;
        resolved: number;
        resolvedInSla: number;
      }[];
    };
    ClientComplaintInput: {
      /** @description the deal complained about; or companyId */
      dealId?: string;
      /** @description the client: their current deal, or their last one when none is active */
      companyId?: string;
      text: string;
      /**
       * @description an integration’s channel (default form); a person’s entry is always manager
       * @enum {unknown}
       */
      source?: 'form' | 'email';
      /** @description the form’s or message’s own id: sent again, it opens no second complaint */
      externalId?: string;
    };
    ClientComplaintList: {
      complaints: components['schemas']['ClientComplaint'][];
    };
    ClientComplaintResolution: {
      /** @description what was done */
      resolution: string;
    };
    Company: {
      id: string;
      name: string;
      /** @description lower case, without legal forms, quotes and extra spaces */
      normalizedName: string;
      inn: string | null;
      region: string | null;
      industry: string | null;
      holdingId: string | null;
      /**
       * @description lead: not bought yet; client: a deal was won (exported to accounting); former: no longer buys
       * @enum {unknown}
       */
      status: 'lead' | 'client' | 'former';
      /** @description the person (or queue) the company’s client base is with */
      manager: string | null;
      competitor: boolean;
      /** @description no automated mail to this company’s contacts */
      noMail?: boolean;
      /** @description the company’s number as written */
      phone?: string | null;
      /** @description the number in E.164: the card links it as `tel:` + this */
      phoneE164?: string | null;
      /** Format: date-time */
      becameClientAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CompanyCard: {
      id: string;
      name: string;
      /** @description lower case, without legal forms, quotes and extra spaces */
      normalizedName: string;
      inn: string | null;
      region: string | null;
      industry: string | null;
      holdingId: string | null;
      /**
       * @description lead: not bought yet; client: a deal was won (exported to accounting); former: no longer buys
       * @enum {unknown}
       */
      status: 'lead' | 'client' | 'former';
      /** @description the person (or queue) the company’s client base is with */
      manager: string | null;
      competitor: boolean;
      /** @description no automated mail to this company’s contacts */
      noMail?: boolean;
      /** @description the company’s number as written */
      phone?: string | null;
      /** @description the number in E.164: the card links it as `tel:` + this */
      phoneE164?: string | null;
      /** Format: date-time */
      becameClientAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      holding: components['schemas']['Holding'] | null;
      contacts: components['schemas']['Contact'][];
      /** @description links among the company’s deals (a won deal’s after-sale, a lost one’s nurture), oldest first */
      chain?: components['schemas']['ChainLink'][];
    };
    CompanyInput: {
      name: string;
      /** @description INN: 10 digits (an organisation) or 12 (an individual entrepreneur), with valid control digits */
      inn?: string | null;
      region?: string | null;
      industry?: string | null;
      holdingId?: string | null;
      /**
       * @description lead: not bought yet; client: a deal was won (exported to accounting); former: no longer buys
       * @enum {unknown}
       */
      status?: 'lead' | 'client' | 'former';
      /** @description a manager may name only themselves */
      manager?: string | null;
      competitor?: boolean;
      /** @description the company’s own number, in any written form («8 (495) …») */
      phone?: string | null;
    };
    CompanyRisks: {
      companyId: string;
      risks: {
        /** @constant */
        kind: 'confidentiality';
        competitor: {
          id: string;
          name: string;
        };
        holding: {
          id: string;
          name: string;
        };
        /** @description confidentiality risk: <competitor> belongs to the same holding <holding> */
        message: string;
      }[];
    };
    CompanySummary: {
      id: string;
      name: string;
      /**
       * @description lead: not bought yet; client: a deal was won (exported to accounting); former: no longer buys
       * @enum {unknown}
       */
      status: 'lead' | 'client' | 'former';
      inn: string | null;
      region: string | null;
      industry: string | null;
      manager: string | null;
    };
    CompanyUpdate: {
      name?: string;
      /** @description INN: 10 digits (an organisation) or 12 (an individual entrepreneur), with valid control digits */
      inn?: string | null;
      region?: string | null;
      industry?: string | null;
      holdingId?: string | null;
      /**
       * @description lead: not bought yet; client: a deal was won (exported to accounting); former: no longer buys
       * @enum {unknown}
       */
      status?: 'lead' | 'client' | 'former';
      /** @description a manager may name only themselves */
      manager?: string | null;
      competitor?: boolean;
      /** @description the company’s own number, in any written form («8 (495) …») */
      phone?: string | null;
    };
    CompetitorRating: {
      competitor: string;
      /** @description the danger rating: lost deals it appeared in */
      lostDeals: number;
      /** Format: date-time */
      lastSeen: string;
      regulations: string[];
    };
    Complaint: {
      id: string;
      dealId: string;
      by: string;
      /** @description the complainant’s head, who was told */
      to: string;
      stage: string;
      text: string;
      /** Format: date-time */
      at: string;
    };
    ComplaintRequest: {
      /** @description what stalls, in one’s own words */
      text: string;
    };
    CompleteTask: {
      outcome?: string;
      fields?: components['schemas']['FieldValues'];
    };
    Compliance: {
      /** @enum {unknown} */
      groupBy: 'none' | 'manager' | 'department' | 'company';
      rows: components['schemas']['ComplianceRow'][];
    };
    ComplianceRow: {
      /** @description the manager, department or company; null without grouping */
      key: string | null;
      kind: string;
      /** @description tasks the regulation set, due (or created) in the period */
      demanded: number;
      /** @description done (held), not with the outcome cancelled */
      done: number;
      doneOnTime: number;
      doneLate: number;
      /** @description cancelled, or done with the outcome cancelled */
      cancelled: number;
      open: number;
      /** @description open and past due now */
      overdue: number;
      /** @description of the cancelled: skipped by an audited override of the regulation */
      overridden: number;
    };
    Contact: {
      id: string;
      companyId: string;
      name: string;
      role: string | null;
      email: string | null;
      phone: string | null;
      /** @description the number in E.164 (calls are matched by it): the card links it as `tel:` + this */
      phoneE164?: string | null;
      /** @description marked "Client": exported to accounting */
      isClient: boolean;
      /** @description no mailings */
      optedOut: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ContactCard: {
      id: string;
      companyId: string;
      name: string;
      role: string | null;
      email: string | null;
      phone: string | null;
      /** @description the number in E.164 (calls are matched by it): the card links it as `tel:` + this */
      phoneE164?: string | null;
      /** @description marked "Client": exported to accounting */
      isClient: boolean;
      /** @description no mailings */
      optedOut: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      company: {
        id: string;
        name: string;
        inn: string | null;
        /**
         * @description lead: not bought yet; client: a deal was won (exported to accounting); former: no longer buys
         * @enum {unknown}
         */
        status: 'lead' | 'client' | 'former';
        manager: string | null;
      };
      activity: components['schemas']['ClientActivity'][];
    };
    ContactFound: {
      id: string;
      companyId: string;
      name: string;
      role: string | null;
      email: string | null;
      phone: string | null;
      /** @description the number in E.164 (calls are matched by it): the card links it as `tel:` + this */
      phoneE164?: string | null;
      /** @description marked "Client": exported to accounting */
      isClient: boolean;
      /** @description no mailings */
      optedOut: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      companyName: string;
    };
    ContactInput: {
      name: string;
      role?: string | null;
      email?: string | null;
      phone?: string | null;
      /** @description marked "Client": exported to accounting */
      isClient?: boolean;
      optedOut?: boolean;
    };
    ContactUpdate: {
      name?: string;
      role?: string | null;
      email?: string | null;
      phone?: string | null;
      /** @description marked "Client": exported to accounting */
      isClient?: boolean;
      optedOut?: boolean;
    };
    CreatedApiKey: {
      /** @description key_<hex>; DELETE /api-keys/{id} revokes it */
      id: string;
      /** @description send as X-Api-Key: `<id>.<secret>`; not shown again */
      key: string;
    };
    CreatedTask: {
      id: string;
      stage: string;
      visit: number;
      key: string;
      title: string;
      required: boolean;
      /** @description ISO 8601 duration in working time from the stage entry */
      due: string | null;
      assignee: string;
      /** Format: date-time */
      dueAt: string | null;
      templates: components['schemas']['SuggestedTemplate'][];
      kind: string;
    };
    CreatedWebhook: {
      id: string;
      url: string;
      /** @description HMAC-SHA256 key of X-Reglament-Signature; not shown again */
      secret: string;
    };
    CrossSellLead: {
      regulationId: string;
      regulationVersion?: number;
      /** @description leave out to let the regulation’s assignment rules decide */
      owner?: string;
      fields?: components['schemas']['FieldValues'];
    };
    CycleRow: {
      /** @enum {unknown} */
      status: 'won' | 'lost';
      /** @description deals closed in the period */
      deals: number;
      medianDays: number | null;
      p90Days: number | null;
      avgDays: number | null;
      /** @description working time from start to close, median */
      medianWorkingHours: number | null;
      /** @description working time from start to close, 90th percentile */
      p90WorkingHours: number | null;
    };
    Deactivation: {
      manager: string;
      /** @constant */
      active: false;
      reassigned: {
        dealId: string;
        owner: string;
      }[];
      failed: {
        dealId: string;
        error: string;
      }[];
    };
    DeadLetter: {
      id: string;
      type: string;
      /** @description who sent it (the actor) */
      source: string;
      reason: string;
      /** @description the request body as received */
      payload: unknown;
      /** Format: date-time */
      receivedAt: string;
    };
    Deal: {
      id: string;
      regulationId: string;
      regulationVersion: number;
      stage: string;
      /** @enum {unknown} */
      status: 'active' | 'won' | 'lost';
      owner: string;
      /** @description who the deal is with: at least a name; any other client data as sent */
      client: {
        name: string;
      } & {
        [key: string]: unknown;
      };
      /** @description the regulation's fields, by key */
      fields: {
        [key: string]: unknown;
      };
      /** @description the last workflow transition the read model applied */
      seq: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      closedAt: string | null;
      /** @description the company the deal is with (GET /companies/{id}); null before companies */
      companyId?: string | null;
      /** @description in lists: the company’s name */
      companyName?: string | null;
      /** @description in lists: the open task due first (null when none is open) */
      nextTask?: {
        id: string;
        title: string;
        kind: string;
        /** Format: date-time */
        dueAt: string | null;
        assignee: string;
      } | null;
      /** @description in lists: the next task is past its due */
      overdue?: boolean;
    };
    DealCard: {
      id: string;
      regulationId: string;
      regulationVersion: number;
      stage: string;
      /** @enum {unknown} */
      status: 'active' | 'won' | 'lost';
      owner: string;
      /** @description who the deal is with: at least a name; any other client data as sent */
      client: {
        name: string;
      } & {
        [key: string]: unknown;
      };
      /** @description the regulation's fields, by key */
      fields: {
        [key: string]: unknown;
      };
      /** @description the last workflow transition the read model applied */
      seq: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      closedAt: string | null;
      /** @description the company the deal is with (GET /companies/{id}); null before companies */
      companyId?: string | null;
      tasks: components['schemas']['Task'][];
      /** @description chained regulations: the deal before this one and the deals it started */
      chain?: {
        predecessor: components['schemas']['ChainedDeal'] | null;
        successors: components['schemas']['ChainedDeal'][];
      };
    };
    DealEvent: {
      id: string;
      dealId: string;
      seq: number;
      ord: number;
      /** @description e.g. deal.started, stage.entered, task.completed, external.call.logged */
      type: string;
      actor: string;
      /** Format: date-time */
      at: string;
      data: {
        [key: string]: unknown;
      };
    };
    DealEventRequest: {
      type: string;
      fields?: components['schemas']['FieldValues'];
    };
    DealMove: {
      event: string;
      /** @description the stage it leads to */
      to: string;
      /** @description the move in words, when the regulation gives it one */
      title?: string;
      allowed: boolean;
      /** @description empty when allowed */
      reasons: components['schemas']['MoveReason'][];
    };
    DealMoveResult: {
      dealId: string;
      stage: string;
      /** @enum {unknown} */
      status: 'active' | 'won' | 'lost';
      owner: string;
      createdTasks: components['schemas']['CreatedTask'][];
    };
    DealNumbers: {
      dealId: string;
      numbers: {
        e164: string;
        display: string;
        tel: string;
      }[];
      /** @description the PBX can place the call: the card shows a "call" button */
      canOriginate: boolean;
    };
    DealPage: {
      /** @description each with companyName, nextTask and overdue */
      deals: components['schemas']['Deal'][];
      /** @description pass as cursor for the next page; null on the last */
      nextCursor: string | null;
    };
    DealTemplate: {
      id: string;
      kind: string;
      title: string;
      subject?: string;
      body: string;
      /** @description the open task (its key) the rules suggested it for */
      task: string;
    };
    Decision: {
      id: string;
      dealId: string;
      seq: number;
      /** @enum {unknown} */
      kind: 'assignment' | 'reminders' | 'escalation' | 'templates';
      /** @description the task key the decision is about; null for the deal */
      subject: string | null;
      /** @description the rule that decided; null when none matched */
      rule: string | null;
      /** @description what was decided */
      outcome: unknown;
      facts: {
        [key: string]: unknown;
      };
      alternatives: unknown[];
      trace: unknown[];
      error: string | null;
      /** Format: date-time */
      at: string;
    };
    DraftProblem: {
      /** @description RFC 6901 JSON pointer into the regulation */
      pointer: string;
      /** @description 1-based line in the text (null: inside a plugin’s part) */
      line: number | null;
      /** @description 1-based column */
      column: number | null;
      message: string;
    };
    DraftValidation: {
      /** @description true: publishing this text would be accepted */
      valid: boolean;
      /** @description the id the text names, if it gets that far */
      id: string | null;
      title: string | null;
      problems: components['schemas']['DraftProblem'][];
      /** @description the stages after composition with plugins, in order (empty while invalid) */
      stages: {
        key: string;
        title: string;
        /** @enum {unknown} */
        final?: 'won' | 'lost';
        /** @description its tasks’ keys */
        tasks: string[];
        /** @description the plugin that added this stage */
        plugin?: string;
      }[];
      /** @description the calendar’s time zone (IANA) */
      timezone: string | null;
      /** @description the diagram as SVG markup (Graphviz) */
      svg: string | null;
    };
    Extension: {
      extension: string;
      manager: string;
    };
    FieldValues: {
      [key: string]: string | number | boolean | null;
    };
    Funnel: {
      regulationId: string;
      dimension: string | null;
      rows: components['schemas']['FunnelRow'][];
    };
    FunnelRow: {
      /** @description the dimension's value; null without a dimension */
      dimension: string | null;
      stage: string;
      /** @enum {unknown} */
      status: 'active' | 'won' | 'lost';
      deals: number;
    };
    Health: {
      /** @constant */
      status: 'ok';
    };
    Holding: {
      id: string;
      name: string;
      /** Format: date-time */
      createdAt: string;
    };
    HoldingInput: {
      name: string;
    };
    HoldingLink: {
      /** @description null takes the company out of its holding */
      holdingId: string | null;
    };
    Instalment: {
      invoiceNumber: string;
      amount: number;
      /** Format: date-time */
      dueAt: string;
      paidAt: string | null;
      /** @description the accounting settlement that paid it */
      settlementId: string | null;
      /** @description how far the overdue notices went: 0 none, 1 the owner reminded, 1 + n escalation level n */
      level: number;
    };
    IntakeResult: {
      /** @description the idempotency key the event was taken under */
      key: string;
      duplicate: boolean;
      applied: boolean;
      dealId?: string;
      owner?: string;
      stage?: string;
      recorded?: boolean;
      moved?: boolean;
      reason?: string;
      /** @description form.submitted: the company the lead was matched to (or created) */
      companyId?: string | null;
      /** @description form.submitted: why the client’s INN was left out of matching */
      innIgnored?: string;
    } & {
      [key: string]: unknown;
    };
    IntegrationEvent: {
      type: string;
      /** @description an idempotency key when no Idempotency-Key header is sent */
      eventId?: string;
      data: Record<string, unknown>;
    } & (
      | {
          /** @constant */
          type: 'call.logged';
          data: {
            dealId: string;
            /** @enum {unknown} */
            direction: 'in' | 'out';
            durationSec?: number;
            outcome?: string;
            callId?: string;
            from?: string;
            to?: string;
            recordingUrl?: string;
          };
        }
      | {
          /** @constant */
          type: 'call.missed';
          data: {
            dealId: string;
            /** @enum {unknown} */
            direction: 'in' | 'out';
            durationSec?: number;
            outcome?: string;
            callId?: string;
            from?: string;
            to?: string;
            recordingUrl?: string;
          };
        }
      | {
          /** @constant */
          type: 'call.recorded';
          data: {
            dealId: string;
            callId: string;
            recordingUrl: string;
          };
        }
      | {
          /** @constant */
          type: 'email.opened';
          data: {
            dealId: string;
            messageId: string;
          };
        }
      | {
          /** @constant */
          type: 'email.replied';
          data: {
            dealId: string;
            messageId: string;
            from?: string;
            subject?: string;
            text?: string;
          };
        }
      | {
          /** @constant */
          type: 'form.submitted';
          data: {
            regulationId: string;
            client: {
              name: string;
            };
            fields?: Record<string, unknown>;
          };
        }
      | {
          /** @constant */
          type: 'invoice.issued';
          data: {
            dealId: string;
            invoiceNumber: string;
            amount?: number;
          };
        }
      | {
          /** @constant */
          type: 'invoice.paid';
          data: {
            dealId: string;
            invoiceNumber: string;
            amount?: number;
          };
        }
      | {
          /** @constant */
          type: 'payment.received';
          data: {
            dealId: string;
            amount: number;
            invoiceNumber?: string;
          };
        }
    );
    Invitation: {
      userId: string;
      /** @description one-time; only its hash is stored */
      token: string;
      /** @description the workspace page that sets the password with this token */
      url: string;
      /** Format: date-time */
      expiresAt: string;
    };
    Job: {
      id: string;
      /** @enum {unknown} */
      kind: 'migration' | 'deactivation';
      /** @description regulation:<id> or user:<id> */
      subject: string;
      requestedBy: string;
      /** @description the request: a migration’s versions and stage map, or the person */
      params: {
        [key: string]: unknown;
      };
      /**
       * @description running until the report is stored (done), or the job could not go on (failed, with error)
       * @enum {unknown}
       */
      status: 'running' | 'done' | 'failed';
      /** @description deals to act on */
      total: number;
      /** @description deals migrated, or reassigned */
      done: number;
      /** @description deals that could not be acted on (listed in the report) */
      failed: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt: string | null;
      /** @description why a failed job could not go on */
      error: string | null;
      /** @description null while running; a MigrationReport for a migration, a Deactivation for a deactivation */
      report: components['schemas']['MigrationReport'] | components['schemas']['Deactivation'] | null;
    };
    JobStarted: {
      /** @description follow it with GET /jobs/{id} */
      jobId: string;
      /** @constant */
      status: 'running';
      /** @description deals the job is to act on, as counted when it started */
      total: number;
    };
    Manager: {
      id: string;
      name: string;
      /** @enum {unknown} */
      role: 'manager' | 'head' | 'director' | 'admin';
      department: string | null;
      office: string | null;
      region: string | null;
      /** @description IANA time zone, e.g. Europe/Moscow */
      timezone: string;
      skills: string[];
      active: boolean;
      email: string | null;
    };
    ManagerInput: {
      name: string;
      /** @enum {unknown} */
      role: 'manager' | 'head' | 'director' | 'admin';
      department?: string | null;
      office?: string | null;
      region?: string | null;
      /** @description an IANA time zone, e.g. Europe/Moscow */
      timezone?: string;
      skills?: string[];
      active?: boolean;
      email?: string | null;
    };
    ManagerStats: {
      rows: components['schemas']['ManagerStatsRow'][];
    };
    ManagerStatsRow: {
      manager: string;
      name: string;
      department: string | null;
      region: string | null;
      /** @description deals started in the period that they own */
      leads: number;
      /** @description of those, won (the company became a client) */
      won: number;
      lost: number;
      /** @description won / leads */
      conversion: number | null;
      /** @description call tasks done in the period */
      calls: number;
      /** @description external.call.logged events on their deals in the period */
      loggedCalls: number;
      /** @description meeting tasks done in the period (not cancelled) */
      meetings: number;
      /** @description their open tasks past due now */
      overdue: number;
      /** @description escalations they received in the period */
      escalations: number;
      /** @description average days from start to win of deals won in the period */
      avgCycleDays: number | null;
    };
    MarkAllRead: {
      /** @description only these (default: all of one’s bell: reminders, escalations, complaints, bounced messages) */
      ids?: string[];
    };
    MarkedAllRead: {
      marked: number;
      unread: number;
    };
    MarkedRead: {
      notification: components['schemas']['Notification'];
      unread: number;
    };
    Me: {
      id: string;
      name: string;
      /** @enum {unknown} */
      role: 'manager' | 'head' | 'director' | 'admin';
      department: string | null;
      /** @description IANA time zone, e.g. Europe/Moscow */
      timezone: string;
      /** @enum {unknown} */
      locale: 'ru' | 'en';
    };
    Message: {
      /** @description stable: the Message-ID is <id@domain>, replies go to reply+<id>@domain */
      id: string;
      dealId: string;
      /** @description automated mail respects opt-outs and companies.no_mail */
      automated: boolean;
      /** @description 'template:<id>', 'text' or 'automation:<plugin.activity>' */
      source: string;
      templateId?: string | null;
      contactId?: string | null;
      mailFrom?: string;
      toEmail: string;
      subject: string;
      body: string;
      trackOpens?: boolean;
      /** @enum {unknown} */
      status: 'pending' | 'sent' | 'failed' | 'suppressed';
      attempts: number;
      /** Format: date-time */
      nextAttemptAt?: string;
      lastResponse?: string | null;
      lastError?: string | null;
      queuedBy?: string;
      /** Format: date-time */
      queuedAt: string;
      /** Format: date-time */
      sentAt?: string | null;
      /** Format: date-time */
      openedAt?: string | null;
      /** Format: date-time */
      repliedAt?: string | null;
      /** @description every attempt with the server’s answer */
      log?: {
        attempt: number;
        /** Format: date-time */
        at: string;
        ok: boolean;
        /** @description the SMTP server's answer, or the error */
        response: string | null;
      }[];
    } & {
      [key: string]: unknown;
    };
    MigrationPlan: {
      regulationId: string;
      from: number;
      to: number;
      moves: {
        dealId: string;
        /** @description the client’s name */
        client?: string;
        owner: string;
        fromStage: string;
        toStage: string;
        /** @description titles of the open tasks that would be cancelled */
        cancelTasks: string[];
        /** @description titles of the tasks the new stage creates */
        createTasks: string[];
      }[];
      unmapped: {
        dealId: string;
        /** @description the client’s name */
        client?: string;
        stage: string;
        reason: string;
      }[];
    };
    MigrationReport: {
      migrationId: string;
      regulationId: string;
      from: number;
      to: number;
      moves: {
        dealId: string;
        /** @description the client’s name */
        client?: string;
        owner: string;
        fromStage: string;
        toStage: string;
        /** @description titles of the open tasks that would be cancelled */
        cancelTasks: string[];
        /** @description titles of the tasks the new stage creates */
        createTasks: string[];
      }[];
      unmapped: {
        dealId: string;
        /** @description the client’s name */
        client?: string;
        stage: string;
        reason: string;
      }[];
      migrated: {
        dealId: string;
        stage: string;
      }[];
      failed: {
        dealId: string;
        error: string;
      }[];
    };
    MoveReason: {
      /** @description the rejection the move would get: EXIT_BLOCKED, LOSS_REASON_REQUIRED… */
      code: string;
      /** @description a field the move needs filled */
      field?: string;
      /** @description a required task (its key) not done yet */
      task?: string;
      message: string;
    };
    Notification: {
      id: string;
      dealId: string;
      recipient: string;
      /**
       * @description company.became_client: a won deal made its company a client (data: company, contacts marked as client); message.bounced: an e-mail of the deal failed after its last attempt (data: messageId, to, subject, error, attempts)
       * @enum {unknown}
       */
      kind: 'task' | 'reminder' | 'escalation' | 'complaint' | 'company.became_client' | 'message.bounced';
      taskId: string | null;
      title: string;
      /** @description e.g. dueAt, stage, templates of a new task; level and reason of an escalation */
      data: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description when its recipient marked it read (null: unread)
       */
      readAt?: string | null;
    };
    OriginatedCall: {
      /** @constant */
      requested: true;
      pbx: string;
      extension: string;
      to: string;
    };
    OverdueReceivables: {
      /** Format: date-time */
      asOf: string;
      byManager: {
        /** @description the deal’s owner */
        manager: string;
        count: number;
        amount: number;
        /** Format: date-time */
        oldestDueAt: string;
      }[];
      byCompany: {
        companyId: string | null;
        company: string;
        count: number;
        amount: number;
        /** Format: date-time */
        oldestDueAt: string;
      }[];
    };
    OverrideInput: {
      /** @description a non-final stage of the deal’s regulation */
      stage: string;
      /** @description why the regulation is overridden */
      reason: string;
    };
    OverrideResult: {
      dealId: string;
      stage: string;
      status: string;
      owner: string;
      createdTasks: {
        [key: string]: unknown;
      }[];
      /** @description the exit checks the move went past, in words */
      overridden: string[];
    };
    Participant: {
      person: string;
      /** @description e.g. handed over */
      reason: string;
      /** @description the stage whose entry handed the deal over */
      stage: string | null;
      /** Format: date-time */
      since: string;
    };
    PaymentTerms: {
      instalments: {
        /** @description as the accounting system numbers it */
        invoiceNumber: string;
        amount: number;
        /** @description ISO 8601 date-time with an offset; unpaid past this, the owner is reminded */
        dueAt: string;
      }[];
    };
    PersonalHours: {
      hours: {
        workingDays: number[];
        start: string;
        end: string;
      } | null;
    };
    PersonalHoursInput: {
      /** @description the person’s own week in their time zone; null: the regulation’s calendar */
      hours: {
        /** @description ISO weekdays, 1 = Monday */
        workingDays: number[];
        /** @description HH:MM local */
        start: string;
        /** @description HH:MM local */
        end: string;
      } | null;
    };
    PersonLoad: {
      id: string;
      name: string;
      role: string;
      department: string | null;
      openDeals: number;
      openTasks: number;
      capacity: {
        openDeals: number | null;
        openTasks: number | null;
      } | null;
      atCap: boolean;
      absence: {
        /** @enum {unknown} */
        kind: 'vacation' | 'sick_leave' | 'business_trip';
        from: string;
        until: string;
        deputy: string | null;
      } | null;
      /** @description active, not absent and on shift now */
      available: boolean;
      /** @description why not available, in words */
      reason: string | null;
    };
    Plugin: {
      id: string;
      version: string;
      /** @description the plugin API range it works with, e.g. ^1.0.0 */
      reglament: string;
      description?: string;
      /** @description keys of the stages it contributes */
      stages: string[];
      activities: string[];
      /** @description event types it takes at POST /intake/{type} */
      intake: string[];
      facts: string[];
      /** @description funnel dimensions it contributes */
      analytics: string[];
    };
    PluginIntakeResult:
      | components['schemas']['DealCard']
      | ({
          /** @description the idempotency key the event was taken under */
          key: string;
          duplicate: boolean;
          /** @constant */
          applied: false;
          dealId: string;
          owner?: string;
          stage?: string;
          recorded?: boolean;
          moved?: boolean;
          reason?: string;
          /** @description form.submitted: the company the lead was matched to (or created) */
          companyId?: string | null;
          /** @description form.submitted: why the client’s INN was left out of matching */
          innIgnored?: string;
        } & {
          [key: string]: unknown;
        });
    /** @description RFC 9457 problem details; `code` is the machine-readable reason. */
    Problem: {
      /** @description URI of the problem type, e.g. https://reglament.dev/problems/deal-not-found */
      type: string;
      title: string;
      status: number;
      detail: string;
      /** @description e.g. VALIDATION_FAILED, DEAL_NOT_FOUND, EVENT_NOT_ALLOWED */
      code: string;
      /** @description What is wrong, by JSON pointer into the request */
      errors?: {
        pointer: string;
        message: string;
        line?: number;
        column?: number;
      }[];
    } & {
      [key: string]: unknown;
    };
    PublishedVersion: {
      regulation: components['schemas']['Regulation'];
      version: number;
      hash: string;
      /** @description false: the content was already the newest version */
      created: boolean;
      /** Format: date-time */
      publishedAt: string;
      publishedBy: string;
    };
    Readiness: {
      /** @constant */
      status: 'ready';
      /** @constant */
      database: 'ok';
      /** @constant */
      temporal: 'ok';
    };
    Receivables: {
      instalments: components['schemas']['Instalment'][];
    };
    Refusals: {
      rows: {
        manager: string;
        code: string;
        attempts: number;
      }[];
    };
    RegionConversion: {
      /** @description the period start used (six months before `to` unless given) */
      from: string;
      to: string | null;
      rows: {
        region: string | null;
        /** @description deals started in the period */
        leads: number;
        won: number;
        lost: number;
        /** @description won / leads: the share of leads that became sales */
        conversion: number | null;
        avgCycleDays: number | null;
      }[];
    };
    Regulation: {
      id: string;
      title: string;
      defaultOwner?: string;
      fields?: {
        [key: string]: {
          title: string;
          /** @enum {unknown} */
          type: 'string' | 'number' | 'integer' | 'boolean';
          enum?: (string | number)[];
          /** @description shown on the deal’s card on the pipeline board */
          summary?: boolean;
        };
      };
      stages: ({
        key: string;
        title: string;
        tasks: ({
          key: string;
          title: string;
          due?: string;
          dueFrom?: string;
          dueOffset?: string;
          required: boolean;
        } & {
          [key: string]: unknown;
        })[];
        requiredFields?: string[];
        on: {
          [key: string]: {
            to: string;
            enforce?: boolean;
            title?: string;
          };
        };
        advance?: string;
        /** @enum {unknown} */
        final?: 'won' | 'lost';
        sla?: string;
        onEnter?: Record<string, unknown>[];
      } & {
        [key: string]: unknown;
      })[];
      calendar?: Record<string, unknown>;
      escalation?: Record<string, unknown>;
      assignment?: Record<string, unknown>;
      rules?: Record<string, unknown>;
      templates?: Record<string, unknown>[];
      /** @description plugins composed in, as id@version */
      plugins?: string[];
    } & {
      [key: string]: unknown;
    };
    RegulationChange: {
      /** @enum {unknown} */
      change: 'added' | 'removed' | 'changed';
      /** @description where, e.g. `stage proposal › task send_proposal › due` */
      what: string;
      before?: unknown;
      after?: unknown;
    };
    /** Sales regulation */
    RegulationSource: {
      $schema?: string;
      /** @description Stable identifier, e.g. b2b_basic */
      id: string;
      title: string;
      /** @default queue:unassigned */
      defaultOwner: string;
      /** @description kinds of tasks besides task, call, meeting, email, document, visit (e.g. measurement) */
      taskKinds?: string[];
      /** @description who takes which stage, by stage key (also stages a plugin adds): keep, rules, or { department, strategy } */
      responsibility?: {
        [key: string]:
          | ('keep' | 'rules')
          | {
              department?: string;
              /** @enum {unknown} */
              role?: 'head' | 'director';
              /** @enum {unknown} */
              strategy?: 'least_loaded' | 'round_robin' | 'by_region' | 'by_expertise';
              skill?: string;
              region?: string;
            };
      };
      /** @description why deals are lost: a loss is told with one of these (the lost_reason field) */
      lostReasons?: string[];
      /** @description fields this regulation takes from the deal that started it (a chained regulation), e.g. [address] */
      takes?: string[];
      /** @description complaints from clients: the working time to resolve one (default PT8H, a working day); match: words or phrases that make a client’s e-mail reply a complaint (case-insensitive) */
      complaints?: {
        /** @description ISO 8601 duration, e.g. PT4H or P2D */
        sla: string;
        match?: string[];
      };
      /** @description competitors a lost deal may name (the competitor field) */
      competitors?: string[];
      /** @description plugins composed into this regulation, in order */
      plugins?: (
        | string
        | {
            id: string;
            version?: string;
          }
      )[];
      calendar?: {
        timezone?: string;
        workingDays?: number[];
        start?: string;
        end?: string;
        holidays?: string[];
        workingWeekends?: string[];
      };
      escalation?: {
        chain: {
          /** @description assignee, head (of the assignee's department), director, participant_head (the head of whoever handed the deal over), or field:<name> (a person named in the deal) */
          to: string;
          /** @description ISO 8601 duration, e.g. PT4H or P2D */
          after: string;
        }[];
      };
      assignment?: {
        fallback: string;
      };
      rules?: {
        assignment?: Record<string, unknown>[];
        reminders?: Record<string, unknown>[];
        escalation?: Record<string, unknown>[];
        templates?: Record<string, unknown>[];
      };
      templates?: {
        id: string;
        /** @enum {unknown} */
        kind: 'proposal' | 'email' | 'call_script';
        title: string;
        stages?: string[];
        industry?: string;
        segment?: string;
        /** @default ru */
        language: string;
        subject?: string;
        body: string;
      }[];
      fields?: {
        [key: string]: {
          title?: string;
          /** @enum {unknown} */
          type: 'string' | 'number' | 'integer' | 'boolean';
          enum?: (string | number)[];
          summary?: boolean;
        };
      };
      stages: {
        key: string;
        title: string;
        /** @enum {unknown} */
        final?: 'won' | 'lost';
        requiredFields?: string[];
        advance?: string;
        /** @description ISO 8601 duration, e.g. PT4H or P2D */
        sla?: string;
        /** @description who takes the deal on entering: keep (the owner stays), rules (the assignment rules decide again), or a department (least loaded there, or by strategy), or the owner’s head or a director; the previous owner stays on the deal as a participant */
        responsible?:
          | ('keep' | 'rules')
          | {
              department?: string;
              /** @enum {unknown} */
              role?: 'head' | 'director';
              /** @enum {unknown} */
              strategy?: 'least_loaded' | 'round_robin' | 'by_region' | 'by_expertise';
              skill?: string;
              region?: string;
            };
        /** @description the regulation a deal ending here starts for the same company (e.g. after_sale), or a list tried in order; reasons: only when lost with one of these lost reasons */
        next?:
          | string
          | (
              | string
              | {
                  regulation: string;
                  reasons?: string[];
                }
            )[];
        /** @description entering needs lost_reason (and competitor when the reason is "competitor") */
        requireLossReason?: boolean;
        /** @description plugin activities to run when a deal enters the stage */
        onEnter?: {
          run: string;
          params?: Record<string, unknown>;
        }[];
        tasks?: {
          key: string;
          title: string;
          /** @description working time from entering the stage (PT4H), or relative to a date field ({ field: need_expected_at, offset: -P1D }): the due, reminders and escalations move when the field is edited and are cancelled when it is cleared */
          due?:
            | string
            | {
                field: string;
                /** @description ISO 8601 duration before (-P1D) or after (PT2H) the field’s date */
                offset?: string;
              };
          /** @description a date field whose value is the due time (e.g. an agreed call-back date) */
          dueFrom?: string;
          /** @default true */
          required: boolean;
          /** @description call, meeting, email, document, visit, task, or one of taskKinds */
          kind?: string;
          /** @description the outcomes a manager may report (e.g. held, cancelled, moved); any text when absent */
          outcomes?: string[];
          /** @description the task recurs while the stage lasts: every (ISO 8601 period, e.g. P3M) or rule (RRULE, e.g. FREQ=MONTHLY;BYMONTH=1,4,7,10;BYDAY=1MO); first: the first occurrence after the stage entry; times: how many at most; pause: a date field before whose value nothing opens */
          recur?: {
            /** @description ISO 8601 period, e.g. P3M */
            every?: string;
            rule?: string;
            /** @description ISO 8601 period, e.g. P3M */
            first?: string;
            times?: number;
            pause?: string;
          };
          /** @description an integration event that completes the task while it is open (EMAIL_REPLIED: a reply to the deal’s e-mail) */
          completedBy?: string;
        }[];
        on?: {
          [key: string]:
            | string
            | {
                to: string;
                /** @default true */
                enforce: boolean;
                title?: string;
              };
        };
      }[];
    };
    RegulationSummary: {
      id: string;
      title: string;
      /** @description the newest version */
      version: number;
      /** Format: date-time */
      publishedAt: string;
      /** @description who published the newest version */
      publishedBy: string;
    };
    RegulationVersion: {
      regulation: components['schemas']['Regulation'];
      version: number;
      /** @description content hash of the normalised regulation */
      hash: string;
    };
    RegulationVersionInfo: {
      version: number;
      hash: string;
      title: string;
      /** Format: date-time */
      publishedAt: string;
      publishedBy: string;
      comment: string | null;
    };
    RelatedCompanies: {
      companyId: string;
      /** @description null: the company is in no holding */
      holding: {
        id: string;
        name: string;
      } | null;
      related: {
        company: components['schemas']['CompanySummary'];
        /** @description why it is a lead: the holding and its companies that buy */
        reason: string;
      }[];
    };
    SignedIn: {
      user: components['schemas']['Me'];
      /** @description send it as `X-CSRF-Token` with every change made with the cookie */
      csrfToken: string;
      /** Format: date-time */
      expiresAt: string;
    };
    Simulation: {
      timeline: components['schemas']['TimelineEntry'][];
      outcome: {
        stage: string;
        /** @enum {unknown} */
        status: 'active' | 'won' | 'lost';
        owner: string | null;
        /** Format: date-time */
        at: string;
      };
    };
    SkipTaskInput: {
      /** @description the key of an open task of the current stage */
      task: string;
      /** @description why the regulation is overridden */
      reason: string;
    };
    StageFunnel: {
      /** @enum {unknown} */
      groupBy: 'none' | 'cohort' | 'version';
      series: {
        /** @description the cohort month (YYYY-MM) or the version; null without grouping */
        key: string | null;
        stages: components['schemas']['StageFunnelRow'][];
      }[];
    };
    StageFunnelRow: {
      stage: string;
      /** @description the stage's position in its regulation (1-based) */
      order: number;
      /** @description deals that entered the stage (first entry, in the period) */
      entered: number;
      /** @description of those, deals that reached a later stage (not a loss) */
      advanced: number;
      /** @description advanced / entered */
      conversion: number | null;
      /** @description of those, deals lost from this stage */
      lost: number;
      /** @description lost / entered */
      dropOff: number | null;
      /** @description of those, deals won since */
      won: number;
      lostReasons: {
        reason: string;
        deals: number;
      }[];
      competitors: {
        competitor: string;
        deals: number;
      }[];
    };
    StageTime: {
      /**
       * @description `…Hours` and `…Days` are wall time; `…WorkingHours` count only the working hours of the deal’s regulation calendar (its zone, working days and hours, holidays), stored when each visit ended; SLA breaches are judged as each stage’s `breachClock` says
       * @enum {unknown}
       */
      clock: 'wall';
      stages: components['schemas']['StageTimeRow'][];
      cycle: components['schemas']['CycleRow'][];
    };
    StageTimeRow: {
      stage: string;
      order: number;
      /** @description visits entered in the period */
      visits: number;
      /** @description of those, visits that ended (the percentiles are over these) */
      completed: number;
      medianHours: number | null;
      p90Hours: number | null;
      /** @description working time of the completed visits, median */
      medianWorkingHours: number | null;
      /** @description working time of the completed visits, 90th percentile */
      p90WorkingHours: number | null;
      /** @description the stage's SLA (ISO 8601 duration) */
      sla: string | null;
      withSla: number;
      /** @description visits longer than the SLA, or still open and already past it */
      breached: number;
      /** @description breached / withSla */
      breachedShare: number | null;
      /**
       * @description how `breached` was judged: `working` — the working time of each visit in its regulation calendar against the SLA counted in working time (a day is a working day, a week the working days of a week), as the engine’s SLA escalations count it; `wall` — wall time, for SLAs in months or years; `mixed` — versions of both kinds; null — no SLA
       * @enum {string|null}
       */
      breachClock: 'working' | 'wall' | 'mixed' | null;
    };
    StartDeal: {
      regulationId: string;
      regulationVersion?: number;
      /** @description leave out to let the regulation’s assignment rules decide */
      owner?: string;
      client: {
        name: string;
        region?: string;
        email?: string;
        phone?: string;
      } & {
        [key: string]: string | number | boolean | null;
      };
      fields?: components['schemas']['FieldValues'];
    };
    SuggestedTemplate: {
      id: string;
      kind: string;
      title: string;
      subject?: string;
      body: string;
    };
    Task: {
      id: string;
      dealId: string;
      stage: string;
      /** @description which visit of the stage created the task */
      visit: number;
      key: string;
      title: string;
      required: boolean;
      assignee: string;
      /** @enum {unknown} */
      status: 'open' | 'done' | 'cancelled';
      /** Format: date-time */
      dueAt: string | null;
      outcome: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      closedAt: string | null;
      closedBy: string | null;
      templates: components['schemas']['SuggestedTemplate'][];
      /** @description call, meeting, email, document, visit, task, or a kind the regulation adds */
      kind: string;
      /** @description the deal’s client (in lists of tasks) */
      clientName?: string | null;
    };
    TelephonyRules: {
      rules: {
        [key: string]: unknown;
      }[];
      /** @description false: the shipped rules are in force */
      custom: boolean;
    };
    TimelineEntry: {
      /** Format: date-time */
      at: string;
      /** @enum {unknown} */
      kind:
        | 'assigned'
        | 'stage.entered'
        | 'stage.left'
        | 'task.created'
        | 'task.completed'
        | 'task.cancelled'
        | 'task.retimed'
        | 'reminder'
        | 'escalation'
        | 'deal.closed'
        | 'rejected';
      stage?: string;
      task?: string;
      /** @description the owner assigned, the assignee of a task, the people reminded or escalated to */
      who?: string[];
      /** Format: date-time */
      dueAt?: string | null;
      level?: number | null;
      reason?: string | null;
      templates?: string[];
      detail?: string;
    };
    Timer: {
      id: string;
      dealId: string;
      /** @enum {unknown} */
      kind: 'reminder' | 'escalation';
      /** @enum {unknown} */
      reason: 'task_due' | 'task_overdue' | 'stage_sla';
      taskId: string | null;
      visit: number;
      level: number | null;
      recipient: string;
      /** Format: date-time */
      fireAt: string;
      /** @enum {unknown} */
      status: 'scheduled' | 'fired' | 'cancelled';
      /** Format: date-time */
      firedAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    UnreadCount: {
      unread: number;
      byKind: {
        [key: string]: number;
      };
    };
    Webhook: {
      id: string;
      url: string;
      /** @description false once deactivated: no new notifications are queued for it */
      active: boolean;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** @description deliveries waiting for their next attempt */
      pending: number;
      delivered: number;
      /** @description deliveries that gave up */
      failed: number;
    };
    WebhookDelivery: {
      webhookId: string;
      notificationId: string;
      /** @enum {unknown} */
      status: 'pending' | 'delivered' | 'failed';
      attempts: number;
      /** Format: date-time */
      nextAttemptAt: string;
      /** @description the receiver's last HTTP status */
      lastStatus: number | null;
      lastError: string | null;
      /** Format: date-time */
      deliveredAt: string | null;
    };
    WinCalibration: {
      trainingDeals: number;
      heldOutDeals: number;
      /** @description held-out (deal, stage entered) pairs scored */
      snapshots: number;
      /** @description the model's Brier score on the held-out snapshots */
      brier: number | null;
      /** @description the Brier score of always predicting the base rate */
      baseBrier: number | null;
      reliability: {
        from: number;
        to: number;
        snapshots: number;
        predicted: number | null;
        observed: number | null;
      }[];
    };
    WinProbability: {
      /**
       * @description schedule: the model its Temporal schedule last refitted on every closed deal; on request: fitted now, because the filter narrows the closed deals learned from (or no refit has run yet)
       * @enum {unknown}
       */
      computed: 'schedule' | 'on request';
      /**
       * Format: date-time
       * @description when the schedule last refitted the model (null when fitted on request)
       */
      refreshedAt: string | null;
      model: {
        method: string;
        /** @description closed deals learned from */
        deals: number;
        wins: number;
        baseRate: number;
        /** @description the m of the m-estimate of each win rate */
        smoothing: number;
        factors: {
          /** @enum {unknown} */
          factor: 'stage' | 'sla' | 'industry' | 'region' | 'source' | 'competitor' | 'manager';
          value: string;
          n: number;
          wins: number;
          /** @description smoothed win rate */
          rate: number;
          /** @description logit(rate) − logit(baseRate) */
          weight: number;
        }[];
      };
      calibration: components['schemas']['WinCalibration'];
      deals: components['schemas']['WinProbabilityDeal'][];
    };
    WinProbabilityDeal: {
      dealId: string;
      owner: string;
      stage: string;
      probability: number;
      contributions: {
        factor: string;
        value: string;
        /** @description this factor's term in the deal's log-odds */
        weight: number;
      }[];
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
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReady: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ready */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOpenapiJson: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, unknown>;
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDocs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description an HTML page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDocsAssetsByFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: 'swagger-ui.css' | 'swagger-ui-bundle.js' | 'swagger-ui-standalone-preset.js';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/css': string;
          'text/javascript': string;
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getGuide: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description an HTML page, rendered from the docs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getGuideHelp: {
    parameters: {
      query: {
        /** @description the workspace's path, e.g. /inbox */
        page: string;
        /** @description the person's language */
        lang?: 'ru' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description to the guide page and section */
      302: {
        headers: {
          /** @description the section */
          location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getGuideImagesByFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the picture */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/png': unknown;
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getGuideByPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        page: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description an HTML page, rendered from the docs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRoot: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSignin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAccept: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInbox: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPipeline: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompanyList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompanyById: {
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
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBoard: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealById: {
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
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getNewDeal: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStudio: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStudioNew: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStudioRegulationsById: {
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
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStudioDashboards: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStudioDashboardsByView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        view: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStudioAdmin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStudioAdminBySection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        section: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page; it signs in through the API */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description the workspace is not built (npm run web:build) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAssetsByFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/javascript': string;
          'text/css': string;
          'image/svg+xml': string;
          'font/woff2': unknown;
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the user id or e-mail */
          login: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description signed in */
      200: {
        headers: {
          /** @description reglament_session (HttpOnly) and reglament_csrf */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedIn'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description the user or the password is wrong, or the user is deactivated */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description too many failed sign-ins for this login or address: see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description signed out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postAuthAccept: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description the password is set; sign in with it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            userId: string;
          };
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description the invitation is unknown, used or expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMByIdOpenGif: {
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
      /** @description a 1×1 transparent GIF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/gif': unknown;
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMByIdUnsubscribe: {
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
      /** @description a page saying so */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description a page saying the link is not valid */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getIcalByFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the calendar */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the signed-in person */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putMePreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {unknown} */
          locale: 'ru' | 'en';
        };
      };
    };
    responses: {
      /** @description the signed-in person */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMeStream: {
    parameters: {
      query?: never;
      header?: {
        /** @description resume after this event; each notification is shown once */
        'Last-Event-ID'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMeCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the feed’s state */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedStatus'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postMeCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the secret URL to subscribe to */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeed'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteMeCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description revoked: its URL answers 404 */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            keys: components['schemas']['ApiKey'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the integration, e.g. telephony */
          name: string;
        };
      };
    };
    responses: {
      /** @description the key; its secret is shown this once */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKey'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteApiKeysById: {
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
      /** @description revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAudit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the last 500 entries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            audit: components['schemas']['AuditEntry'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postEvents: {
    parameters: {
      query?: never;
      header?: {
        /** @description a repeated delivery returns the first result and changes nothing */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IntegrationEvent'];
      };
    };
    responses: {
      /** @description a repeated delivery: the first result, `duplicate: true` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResult'];
        };
      };
      /** @description taken (applied, or stored to be applied) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResult'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postIntakeByType: {
    parameters: {
      query?: never;
      header?: {
        /** @description a repeated delivery returns the first result and changes nothing */
        'Idempotency-Key'?: string;
      };
      path: {
        type: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, unknown>;
      };
    };
    responses: {
      /** @description the deal, started */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PluginIntakeResult'];
        };
      };
      /** @description stored; the deal starts when Temporal is reachable */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PluginIntakeResult'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDeadLetters: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the last 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deadLetters: components['schemas']['DeadLetter'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            webhooks: components['schemas']['Webhook'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postWebhooks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          url: string;
        };
      };
    };
    responses: {
      /** @description the webhook and its signing secret */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedWebhook'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getWebhooksByIdDeliveries: {
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
      /** @description by notification */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deliveries: components['schemas']['WebhookDelivery'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteWebhooksById: {
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
      /** @description deactivated */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRegulations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description by id */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            regulations: components['schemas']['RegulationSummary'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRegulationsSchema: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON Schema 2020-12 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, unknown>;
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRegulationsValidate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the regulation as YAML (or JSON), as the director writes it */
          source: string;
          /** @description draw the diagram (SVG) when the draft is valid; default true */
          diagram?: boolean;
        };
      };
    };
    responses: {
      /** @description the problems, or the stages and the diagram */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftValidation'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRegulationsByIdVersions: {
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
      /** @description oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            versions: components['schemas']['RegulationVersionInfo'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRegulationsByIdDiff: {
    parameters: {
      query?: {
        /** @description default: the version before `to` */
        from?: string;
        /** @description default: the newest version */
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the changes, and as readable lines */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            from: number;
            to: number;
            changes: components['schemas']['RegulationChange'][];
            /** @description each change in words */
            text: string[];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRegulationsByIdDiff: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the regulation as YAML (or JSON), as the director writes it */
          source: string;
          /** @description the published version (default: the newest) */
          against?: number;
        };
      };
    };
    responses: {
      /** @description the changes, and as readable lines */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description the published version compared with */
            from: number;
            changes: components['schemas']['RegulationChange'][];
            /** @description each change in words */
            text: string[];
          };
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRegulationsByIdSimulate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description default: the newest version */
          version?: number;
          /** @description a draft (YAML) to run instead of a published version: the studio tries before publishing */
          source?: string;
          scenario: {
            regulation?: string;
            /** @description when the lead arrives, ISO 8601 with offset */
            start: string;
            until?: string;
            managers?: {
              id: string;
            }[];
            deal: {
              client: Record<string, unknown>;
            };
            steps: {
              /** @description ISO 8601 duration after the previous step */
              after?: string;
              /** @description a task key to complete */
              complete?: string;
              /** @description an event to send */
              event?: string;
              /** @constant */
              wait?: true;
              outcome?: string;
              fields?: Record<string, unknown>;
            }[];
          };
        };
      };
    };
    responses: {
      /** @description the timeline and where the deal ends */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Simulation'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRegulationsByIdSource: {
    parameters: {
      query?: {
        /** @description default: the newest version */
        version?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the YAML as written */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            /** @description as published (YAML as written; JSON-published versions as YAML) */
            text: string;
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRegulationsByIdRevert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the older version whose content is published again */
          version: number;
          /** @description why (default: “revert to version N”) */
          comment?: string;
        };
      };
    };
    responses: {
      /** @description the newest version already has this content */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishedVersion'];
        };
      };
      /** @description a new version with the older content */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishedVersion'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRegulationsByIdGraph: {
    parameters: {
      query?: {
        /** @description default: the newest version */
        version?: string;
        /** @description default: mermaid */
        format?: 'mermaid' | 'dot' | 'svg';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the diagram */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
          'image/svg+xml': string;
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getRegulationsById: {
    parameters: {
      query?: {
        /** @description default: the newest version */
        version?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the regulation as stored */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegulationVersion'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putRegulationsById: {
    parameters: {
      query?: {
        /** @description why this version, in the director’s words */
        comment?: string;
      };
      header?: {
        /** @description why this version (or ?comment=) */
        'X-Change-Comment'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/yaml': components['schemas']['RegulationSource'];
        'application/json': components['schemas']['RegulationSource'];
      };
    };
    responses: {
      /** @description the newest version already has this content */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishedVersion'];
        };
      };
      /** @description a new version */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublishedVersion'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRegulationsByIdMigrationsPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          from: number;
          to: number;
          /** @description old stage → new stage */
          stageMap: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description nothing is written */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MigrationPlan'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRegulationsByIdMigrations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          from: number;
          to: number;
          /** @description old stage → new stage */
          stageMap: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description the job is running */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobStarted'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRegulationsByIdMigrationsDealsByDealId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        dealId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          from: number;
          to: number;
          /** @description old stage → new stage */
          stageMap: {
            [key: string]: string;
          };
          migrationId?: string;
        };
      };
    };
    responses: {
      /** @description where the deal is now */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealMoveResult'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDeals: {
    parameters: {
      query?: {
        /** @description part of the client’s name, e-mail or INN, the company’s name or INN, a field’s value; a phone-like text (5+ digits) matches phone digits */
        q?: string;
        owner?: string;
        regulationId?: string;
        stage?: string;
        status?: 'active' | 'won' | 'lost';
        /** @description true: only deals with an open task past its due */
        overdue?: 'true' | 'false';
        /** @description created (or closed, with period=closed) at or after */
        from?: string;
        /** @description created (or closed, with period=closed) before */
        to?: string;
        /** @description which date from/to filter (default created) */
        period?: 'created' | 'closed';
        /** @description a leading minus is descending (default -createdAt) */
        sort?: '-createdAt' | 'createdAt' | '-updatedAt' | 'updatedAt' | 'client' | '-client';
        /** @description nextCursor of the previous page (same filters and sort) */
        cursor?: string;
        /** @description true: the deals one handed over and follows */
        following?: 'true' | 'false';
        /** @description at most this many (default 100) */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description in the order asked (default newest first) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealPage'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postDeals: {
    parameters: {
      query?: never;
      header?: {
        /** @description a retry with the same key finds the deal the first call made */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartDeal'];
      };
    };
    responses: {
      /** @description the deal card with its first tasks */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealCard'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsExport: {
    parameters: {
      query?: {
        /** @description part of the client’s name, e-mail or INN, the company’s name or INN, a field’s value; a phone-like text (5+ digits) matches phone digits */
        q?: string;
        owner?: string;
        regulationId?: string;
        stage?: string;
        status?: 'active' | 'won' | 'lost';
        /** @description true: only deals with an open task past its due */
        overdue?: 'true' | 'false';
        /** @description created (or closed, with period=closed) at or after */
        from?: string;
        /** @description created (or closed, with period=closed) before */
        to?: string;
        /** @description which date from/to filter (default created) */
        period?: 'created' | 'closed';
        /** @description a leading minus is descending (default -createdAt) */
        sort?: '-createdAt' | 'createdAt' | '-updatedAt' | 'updatedAt' | 'client' | '-client';
        /** @description nextCursor of the previous page (same filters and sort) */
        cursor?: string;
        /** @description true: the deals one handed over and follows */
        following?: 'true' | 'false';
        /** @description at most this many (default 100) */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV (RFC 4180, header row) */
      200: {
        headers: {
          /** @description the cursor of the next page, when there is one */
          'X-Next-Cursor'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsById: {
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
      /** @description the deal card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealCard'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsByIdEvents: {
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
      /** @description oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            events: components['schemas']['DealEvent'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postDealsByIdEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DealEventRequest'];
      };
    };
    responses: {
      /** @description where the deal is now and its new tasks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealMoveResult'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description the stage does not take this event, or the deal is closed; nothing written */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description required fields or tasks are missing (listed); nothing written */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsByIdTimeline: {
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
      /** @description in the order things happened */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            timeline: components['schemas']['TimelineEntry'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsByIdDecisions: {
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
      /** @description oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            decisions: components['schemas']['Decision'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsByIdMoves: {
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
      /** @description in the regulation’s order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            moves: components['schemas']['DealMove'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsByIdTemplates: {
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
      /** @description one per template, in the order of the tasks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            templates: components['schemas']['DealTemplate'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsByIdTimers: {
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
      /** @description by fire time */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            timers: components['schemas']['Timer'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsByIdEscalations: {
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
      /** @description oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            escalations: components['schemas']['Notification'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsByIdParticipants: {
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
      /** @description oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            participants: components['schemas']['Participant'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postDealsByIdComplaints: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ComplaintRequest'];
      };
    };
    responses: {
      /** @description who was told */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Complaint'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsByIdAttempts: {
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
      /** @description newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attempts: components['schemas']['Attempt'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postDealsByIdReassign: {
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
      /** @description the new owner */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealMoveResult'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsByIdMessages: {
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
      /** @description oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            messages: components['schemas']['Message'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postDealsByIdMessages: {
    parameters: {
      query?: never;
      header?: {
        /** @description a retry with the same key queues nothing new */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description a template of the deal's regulation */
          templateId?: string;
          /** @description overrides the template's subject */
          subject?: string;
          /** @description overrides the template's body */
          body?: string;
          /** @description default: the client's e-mail and the company's contacts who did not opt out */
          to?: string[];
          /**
           * @description adds a tracking pixel (`email.opened`)
           * @default false
           */
          trackOpens?: boolean;
        };
      };
    };
    responses: {
      /** @description the queued messages */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            messages: components['schemas']['Message'][];
          };
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompanies: {
    parameters: {
      query?: {
        /** @description lead: not bought yet; client: a deal was won (exported to accounting); former: no longer buys */
        status?: 'lead' | 'client' | 'former';
        holdingId?: string;
        manager?: string;
        /** @description part of the name (normalised), the INN, a contact’s e-mail, or part of a contact’s phone (5+ digits) */
        q?: string;
        /** @description at most this many (default 100) */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description by name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            companies: components['schemas']['Company'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postCompanies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompanyInput'];
      };
    };
    responses: {
      /** @description the company card */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyCard'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description another company has this INN (its id in companyId) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description an invalid INN (pointer /inn) or an unknown holding (/holdingId) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompaniesById: {
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
      /** @description the company card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyCard'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  patchCompaniesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CompanyUpdate'];
      };
    };
    responses: {
      /** @description the company card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyCard'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description another company has this INN (its id in companyId) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description an invalid INN (pointer /inn) or an unknown holding (/holdingId) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putCompaniesByIdHolding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HoldingLink'];
      };
    };
    responses: {
      /** @description the company card */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyCard'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description no such holding (pointer /holdingId) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postCompaniesByIdContacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContactInput'];
      };
    };
    responses: {
      /** @description the contact */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  patchCompaniesByIdContactsByContactId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        contactId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ContactUpdate'];
      };
    };
    responses: {
      /** @description the contact */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompaniesByIdRelated: {
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
      /** @description oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RelatedCompanies'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postCompaniesByIdRelatedByRelatedIdLead: {
    parameters: {
      query?: never;
      header?: {
        /** @description a retry with the same key finds the deal the first call made */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
        relatedId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CrossSellLead'];
      };
    };
    responses: {
      /** @description the deal card with its first tasks */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealCard'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description the company, the regulation, or a related company not in its holding */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description the related company is a client already, or a competitor */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompaniesByIdDeals: {
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
      /** @description newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deals: {
              id: string;
              regulationId: string;
              regulationVersion: number;
              stage: string;
              /** @enum {unknown} */
              status: 'active' | 'won' | 'lost';
              owner: string;
              /** @description who the deal is with: at least a name; any other client data as sent */
              client: {
                name: string;
              } & {
                [key: string]: unknown;
              };
              /** @description the regulation's fields, by key */
              fields: {
                [key: string]: unknown;
              };
              /** @description the last workflow transition the read model applied */
              seq: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** Format: date-time */
              closedAt: string | null;
              /** @description the company the deal is with (GET /companies/{id}); null before companies */
              companyId?: string | null;
              /** @description in lists: the company’s name */
              companyName: string | null;
              /** @description in lists: the open task due first (null when none is open) */
              nextTask: {
                id: string;
                title: string;
                kind: string;
                /** Format: date-time */
                dueAt: string | null;
                assignee: string;
              } | null;
              /** @description in lists: the next task is past its due */
              overdue: boolean;
              /** @description the stage’s title in the deal’s regulation version */
              stageTitle: string;
            }[];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompaniesByIdActivity: {
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
      /** @description newest first, at most 200 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            activity: components['schemas']['ClientActivity'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompaniesByIdRisks: {
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
      /** @description one per competitor */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyRisks'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getHoldings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description by name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            holdings: components['schemas']['Holding'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postHoldings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HoldingInput'];
      };
    };
    responses: {
      /** @description the holding */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Holding'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTasks: {
    parameters: {
      query?: {
        assignee?: string;
        status?: 'open' | 'done' | 'cancelled';
        dealId?: string;
        /** @description at most this many (default 100) */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description by due time */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            tasks: components['schemas']['Task'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTasksById: {
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
      /** @description the task */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postTasksByIdComplete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CompleteTask'];
      };
    };
    responses: {
      /** @description where the deal is now and its new tasks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealMoveResult'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description the task is not open, or the deal is closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getManagers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description by id */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            managers: components['schemas']['Manager'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getManagersById: {
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
      /** @description the person */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Manager'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putManagersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ManagerInput'];
      };
    };
    responses: {
      /** @description the person as saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Manager'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postManagersByIdDeactivate: {
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
      /** @description the person is inactive; the job is running */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobStarted'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postManagersByIdInvitation: {
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
      /** @description the invitation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Invitation'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description the person is deactivated */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPeopleLoad: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description by id */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            people: components['schemas']['PersonLoad'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPeopleByIdAbsences: {
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
      /** @description by first day */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            absences: components['schemas']['Absence'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postPeopleByIdAbsences: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AbsenceInput'];
      };
    };
    responses: {
      /** @description already recorded under this id */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Absence'];
        };
      };
      /** @description recorded */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Absence'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPeopleByIdDigests: {
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
      /** @description newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            digests: components['schemas']['AbsenceDigest'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deletePeopleByIdAbsencesByAbsenceId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        absenceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putPeopleByIdCapacity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CapacityInput'];
      };
    };
    responses: {
      /** @description the cap as saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Capacity'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putPeopleDepartmentsByDepartmentCapacity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        department: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CapacityInput'];
      };
    };
    responses: {
      /** @description the cap as saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Capacity'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putPeopleByIdHours: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PersonalHoursInput'];
      };
    };
    responses: {
      /** @description the hours as saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonalHours'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postDealsByIdOverride: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OverrideInput'];
      };
    };
    responses: {
      /** @description the move and what it overrode */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverrideResult'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postDealsByIdSkip: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SkipTaskInput'];
      };
    };
    responses: {
      /** @description the deal and the check it overrode */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverrideResult'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDealsByIdReceivables: {
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
      /** @description the instalments by due date */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Receivables'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putDealsByIdReceivables: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PaymentTerms'];
      };
    };
    responses: {
      /** @description every instalment of the deal */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Receivables'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getJobsById: {
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
      /** @description the job */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Job'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getNotifications: {
    parameters: {
      query?: {
        recipient?: string;
        kind?: 'reminder' | 'escalation' | 'complaint' | 'message.bounced';
        dealId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description oldest first, at most 500 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            notifications: components['schemas']['Notification'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getNotificationsUnread: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the total and by kind */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCount'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getNotificationsBell: {
    parameters: {
      query?: {
        kind?: 'reminder' | 'escalation' | 'complaint' | 'message.bounced';
        /** @description true: unread only */
        unread?: 'true' | 'false';
        /** @description nextCursor of the previous page */
        cursor?: string;
        /** @description at most this many (default 50) */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a page, with the unread count */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Bell'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postNotificationsRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['MarkAllRead'];
      };
    };
    responses: {
      /** @description how many were marked now, and how many stay unread */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkedAllRead'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postNotificationsByIdRead: {
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
      /** @description the notification and how many stay unread */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MarkedRead'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBoardsByRegulationId: {
    parameters: {
      query?: {
        /** @description all: everyone one may see (the default) */
        scope?: 'mine' | 'department' | 'all';
        owner?: string;
        overdue?: 'true' | 'false';
      };
      header?: never;
      path: {
        regulationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the board */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Board'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPlugins: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description manifests and what each contributes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            plugins: components['schemas']['Plugin'][];
            /** @description plugins that failed to load (and are disabled), by id: why */
            failures: {
              [key: string]: string;
            };
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAnalyticsFunnel: {
    parameters: {
      query: {
        regulationId: string;
        /** @description owner, region, or a dimension a plugin contributes; none: by stage and status only */
        dimension?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one row per dimension value, stage and status */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Funnel'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAnalyticsStages: {
    parameters: {
      query?: {
        /** @description period start (inclusive), a date or a timestamp */
        from?: string;
        /** @description period end (exclusive), a date or a timestamp */
        to?: string;
        /** @description only deals of this regulation */
        regulationId?: string;
        /** @description only deals pinned to this regulation version */
        version?: string;
        /** @description only this stage */
        stage?: string;
        /** @description only this department's people (owner, assignee, actor) */
        department?: string;
        /** @description only this person (owner, assignee, actor) */
        manager?: string;
        /** @description the company's region (the client's, without a company) */
        region?: string;
        /** @description the company's industry (the client's, without a company) */
        industry?: string;
        /** @description only deals with this company */
        companyId?: string;
        /** @description only deals with this holding's companies */
        holdingId?: string;
        /** @description csv: the rows as text/csv (as with `Accept: text/csv`); nested lists are JSON in their cell */
        format?: 'json' | 'csv';
        /** @description cohort: one series per month deals started in */
        groupBy?: 'none' | 'cohort';
        /** @description version: one series per regulation version (needs regulationId) */
        compare?: 'version';
        /** @description with compare=version, the versions to put side by side, e.g. 1,2 */
        versions?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one series per cohort or version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StageFunnel'];
          'text/csv': string;
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAnalyticsTime: {
    parameters: {
      query?: {
        /** @description period start (inclusive), a date or a timestamp */
        from?: string;
        /** @description period end (exclusive), a date or a timestamp */
        to?: string;
        /** @description only deals of this regulation */
        regulationId?: string;
        /** @description only deals pinned to this regulation version */
        version?: string;
        /** @description only this stage */
        stage?: string;
        /** @description only this department's people (owner, assignee, actor) */
        department?: string;
        /** @description only this person (owner, assignee, actor) */
        manager?: string;
        /** @description the company's region (the client's, without a company) */
        region?: string;
        /** @description the company's industry (the client's, without a company) */
        industry?: string;
        /** @description only deals with this company */
        companyId?: string;
        /** @description only deals with this holding's companies */
        holdingId?: string;
        /** @description csv: the rows as text/csv (as with `Accept: text/csv`); nested lists are JSON in their cell */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description per stage, and the cycle per outcome */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StageTime'];
          'text/csv': string;
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAnalyticsCompliance: {
    parameters: {
      query?: {
        /** @description period start (inclusive), a date or a timestamp */
        from?: string;
        /** @description period end (exclusive), a date or a timestamp */
        to?: string;
        /** @description only deals of this regulation */
        regulationId?: string;
        /** @description only deals pinned to this regulation version */
        version?: string;
        /** @description only this stage */
        stage?: string;
        /** @description only this department's people (owner, assignee, actor) */
        department?: string;
        /** @description only this person (owner, assignee, actor) */
        manager?: string;
        /** @description the company's region (the client's, without a company) */
        region?: string;
        /** @description the company's industry (the client's, without a company) */
        industry?: string;
        /** @description only deals with this company */
        companyId?: string;
        /** @description only deals with this holding's companies */
        holdingId?: string;
        /** @description csv: the rows as text/csv (as with `Accept: text/csv`); nested lists are JSON in their cell */
        format?: 'json' | 'csv';
        /** @description only tasks of this kind (call, meeting, email…) */
        kind?: string;
        /** @description rows per kind and this */
        groupBy?: 'none' | 'manager' | 'department' | 'company';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description per kind (and group) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Compliance'];
          'text/csv': string;
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAnalyticsRefusals: {
    parameters: {
      query?: {
        /** @description period start (inclusive), a date or a timestamp */
        from?: string;
        /** @description period end (exclusive), a date or a timestamp */
        to?: string;
        /** @description only deals of this regulation */
        regulationId?: string;
        /** @description only deals pinned to this regulation version */
        version?: string;
        /** @description only this stage */
        stage?: string;
        /** @description only this department's people (owner, assignee, actor) */
        department?: string;
        /** @description only this person (owner, assignee, actor) */
        manager?: string;
        /** @description the company's region (the client's, without a company) */
        region?: string;
        /** @description the company's industry (the client's, without a company) */
        industry?: string;
        /** @description only deals with this company */
        companyId?: string;
        /** @description only deals with this holding's companies */
        holdingId?: string;
        /** @description csv: the rows as text/csv (as with `Accept: text/csv`); nested lists are JSON in their cell */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description most refused first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Refusals'];
          'text/csv': string;
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAnalyticsManagers: {
    parameters: {
      query?: {
        /** @description period start (inclusive), a date or a timestamp */
        from?: string;
        /** @description period end (exclusive), a date or a timestamp */
        to?: string;
        /** @description only deals of this regulation */
        regulationId?: string;
        /** @description only deals pinned to this regulation version */
        version?: string;
        /** @description only this stage */
        stage?: string;
        /** @description only this department's people (owner, assignee, actor) */
        department?: string;
        /** @description only this person (owner, assignee, actor) */
        manager?: string;
        /** @description the company's region (the client's, without a company) */
        region?: string;
        /** @description the company's industry (the client's, without a company) */
        industry?: string;
        /** @description only deals with this company */
        companyId?: string;
        /** @description only deals with this holding's companies */
        holdingId?: string;
        /** @description csv: the rows as text/csv (as with `Accept: text/csv`); nested lists are JSON in their cell */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one row per manager or head */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagerStats'];
          'text/csv': string;
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAnalyticsRegions: {
    parameters: {
      query?: {
        /** @description period start (inclusive), a date or a timestamp */
        from?: string;
        /** @description period end (exclusive), a date or a timestamp */
        to?: string;
        /** @description only deals of this regulation */
        regulationId?: string;
        /** @description only deals pinned to this regulation version */
        version?: string;
        /** @description only this stage */
        stage?: string;
        /** @description only this department's people (owner, assignee, actor) */
        department?: string;
        /** @description only this person (owner, assignee, actor) */
        manager?: string;
        /** @description the company's region (the client's, without a company) */
        region?: string;
        /** @description the company's industry (the client's, without a company) */
        industry?: string;
        /** @description only deals with this company */
        companyId?: string;
        /** @description only deals with this holding's companies */
        holdingId?: string;
        /** @description csv: the rows as text/csv (as with `Accept: text/csv`); nested lists are JSON in their cell */
        format?: 'json' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one row per region */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionConversion'];
          'text/csv': string;
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAnalyticsWinProbability: {
    parameters: {
      query?: {
        /** @description period start (inclusive), a date or a timestamp */
        from?: string;
        /** @description period end (exclusive), a date or a timestamp */
        to?: string;
        /** @description only deals of this regulation */
        regulationId?: string;
        /** @description only deals pinned to this regulation version */
        version?: string;
        /** @description only this stage */
        stage?: string;
        /** @description only this department's people (owner, assignee, actor) */
        department?: string;
        /** @description only this person (owner, assignee, actor) */
        manager?: string;
        /** @description the company's region (the client's, without a company) */
        region?: string;
        /** @description the company's industry (the client's, without a company) */
        industry?: string;
        /** @description only deals with this company */
        companyId?: string;
        /** @description only deals with this holding's companies */
        holdingId?: string;
        /** @description csv: the rows as text/csv (as with `Accept: text/csv`); nested lists are JSON in their cell */
        format?: 'json' | 'csv';
        /** @description at most this many open deals (default 500) */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description most likely first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WinProbability'];
          'text/csv': string;
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAnalyticsReceivablesOverdue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description sums by the deal’s owner and by company */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverdueReceivables'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAnalyticsComplaints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description counts by the complaint’s assignee */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientComplaintCounts'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getComplaints: {
    parameters: {
      query?: {
        status?: 'open' | 'resolved';
        dealId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the complaints */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientComplaintList'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postComplaints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClientComplaintInput'];
      };
    };
    responses: {
      /** @description the complaint this externalId opened before */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientComplaint'];
        };
      };
      /** @description the complaint opened */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientComplaint'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postComplaintsByIdResolve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClientComplaintResolution'];
      };
    };
    responses: {
      /** @description the complaint, resolved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientComplaint'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAttempts: {
    parameters: {
      query?: {
        actor?: string;
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attempts: components['schemas']['Attempt'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompetitors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description most dangerous first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            competitors: components['schemas']['CompetitorRating'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postInboundEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          from?: string;
          /** @description a reply+<messageId>@… address among them matches the message */
          to?: string | string[];
          subject?: string;
          text?: string;
          /** @description the reply's Message-ID: a repeat counts once */
          messageId?: string;
          /** @description <messageId@domain> of the message answered */
          inReplyTo?: string;
          references?: string | string[];
        } & {
          [key: string]: unknown;
        };
      };
    };
    responses: {
      /** @description a repeated delivery: the first result */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResult'];
        };
      };
      /** @description taken */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IntakeResult'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMailCatchAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the last 100 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            mail: components['schemas']['CaughtMail'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTelephonyCalls: {
    parameters: {
      query?: {
        dealId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            calls: components['schemas']['Call'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postTelephonyCalls: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @constant */
              type: 'call.started';
              /** @description the PBX’s id of the call: a repeated event changes nothing */
              callId: string;
              /** @description when it happened (ISO 8601); default: when received */
              at?: string;
              /** @enum {unknown} */
              direction: 'in' | 'out';
              /** @description as the PBX writes it: «+7 495 …», «8 (495) …», «74951234567» or an extension */
              from: string;
              /** @description as the PBX writes it: «+7 495 …», «8 (495) …», «74951234567» or an extension */
              to: string;
              /** @description the PBX’s internal line */
              extension?: string;
            }
          | {
              /** @constant */
              type: 'call.answered';
              /** @description the PBX’s id of the call: a repeated event changes nothing */
              callId: string;
              /** @description when it happened (ISO 8601); default: when received */
              at?: string;
              /** @description the PBX’s internal line */
              extension?: string;
            }
          | {
              /** @constant */
              type: 'call.finished';
              /** @description the PBX’s id of the call: a repeated event changes nothing */
              callId: string;
              /** @description when it happened (ISO 8601); default: when received */
              at?: string;
              /** @enum {unknown} */
              status: 'answered' | 'missed' | 'busy';
              durationSec?: number;
              recordingUrl?: string;
              /** @enum {unknown} */
              direction?: 'in' | 'out';
              /** @description as the PBX writes it: «+7 495 …», «8 (495) …», «74951234567» or an extension */
              from?: string;
              /** @description as the PBX writes it: «+7 495 …», «8 (495) …», «74951234567» or an extension */
              to?: string;
              /** @description the PBX’s internal line */
              extension?: string;
            }
          | {
              /** @constant */
              type: 'call.recorded';
              /** @description the PBX’s id of the call: a repeated event changes nothing */
              callId: string;
              /** @description when it happened (ISO 8601); default: when received */
              at?: string;
              recordingUrl: string;
            };
      };
    };
    responses: {
      /** @description the call as it now stands */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CallAnswer'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTelephonyPbxWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        vendor: string;
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the calls the webhook reported, or the echo a vendor asks for */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            calls: components['schemas']['CallAnswer'][];
          };
          'text/plain': string;
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postTelephonyPbxWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        vendor: string;
        key: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': Record<string, unknown>;
      };
    };
    responses: {
      /** @description the calls the webhook reported, or the echo a vendor asks for */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            calls: components['schemas']['CallAnswer'][];
          };
          'text/plain': string;
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTelephonyPbxWebhookEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        vendor: string;
        key: string;
        event: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the calls the webhook reported, or the echo a vendor asks for */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            calls: components['schemas']['CallAnswer'][];
          };
          'text/plain': string;
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postTelephonyPbxWebhookEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        vendor: string;
        key: string;
        event: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-www-form-urlencoded': Record<string, unknown>;
      };
    };
    responses: {
      /** @description the calls the webhook reported, or the echo a vendor asks for */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            calls: components['schemas']['CallAnswer'][];
          };
          'text/plain': string;
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTelephonyRoute: {
    parameters: {
      query: {
        from: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the extension, or null for the PBX’s own queue */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CallRoute'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTelephonyCallsById: {
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
      /** @description the call */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Call'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTelephonyCallBacks: {
    parameters: {
      query?: {
        status?: 'open' | 'done';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description by due time */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            callBacks: components['schemas']['CallBack'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTelephonyExtensions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description by extension */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            extensions: components['schemas']['Extension'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putTelephonyExtensionsByExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        extension: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          manager: string;
        };
      };
    };
    responses: {
      /** @description the mapping */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Extension'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTelephonyRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the rules */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TelephonyRules'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putTelephonyRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          rules: {
            name?: string;
            priority?: number;
            conditions: {
              all?: (
                | {
                    /** @enum {unknown} */
                    fact: 'call' | 'known' | 'now';
                    path?: string;
                    /** @enum {unknown} */
                    operator:
                      | 'equal'
                      | 'notEqual'
                      | 'lessThan'
                      | 'lessThanInclusive'
                      | 'greaterThan'
                      | 'greaterThanInclusive'
                      | 'in'
                      | 'notIn'
                      | 'contains'
                      | 'doesNotContain';
                    value: unknown;
                  }
                | {
                    all?: {
                      /** @enum {unknown} */
                      fact: 'call' | 'known' | 'now';
                      path?: string;
                      /** @enum {unknown} */
                      operator:
                        | 'equal'
                        | 'notEqual'
                        | 'lessThan'
                        | 'lessThanInclusive'
                        | 'greaterThan'
                        | 'greaterThanInclusive'
                        | 'in'
                        | 'notIn'
                        | 'contains'
                        | 'doesNotContain';
                      value: unknown;
                    }[];
                    any?: {
                      /** @enum {unknown} */
                      fact: 'call' | 'known' | 'now';
                      path?: string;
                      /** @enum {unknown} */
                      operator:
                        | 'equal'
                        | 'notEqual'
                        | 'lessThan'
                        | 'lessThanInclusive'
                        | 'greaterThan'
                        | 'greaterThanInclusive'
                        | 'in'
                        | 'notIn'
                        | 'contains'
                        | 'doesNotContain';
                      value: unknown;
                    }[];
                  }
              )[];
              any?: (
                | {
                    /** @enum {unknown} */
                    fact: 'call' | 'known' | 'now';
                    path?: string;
                    /** @enum {unknown} */
                    operator:
                      | 'equal'
                      | 'notEqual'
                      | 'lessThan'
                      | 'lessThanInclusive'
                      | 'greaterThan'
                      | 'greaterThanInclusive'
                      | 'in'
                      | 'notIn'
                      | 'contains'
                      | 'doesNotContain';
                    value: unknown;
                  }
                | {
                    all?: {
                      /** @enum {unknown} */
                      fact: 'call' | 'known' | 'now';
                      path?: string;
                      /** @enum {unknown} */
                      operator:
                        | 'equal'
                        | 'notEqual'
                        | 'lessThan'
                        | 'lessThanInclusive'
                        | 'greaterThan'
                        | 'greaterThanInclusive'
                        | 'in'
                        | 'notIn'
                        | 'contains'
                        | 'doesNotContain';
                      value: unknown;
                    }[];
                    any?: {
                      /** @enum {unknown} */
                      fact: 'call' | 'known' | 'now';
                      path?: string;
                      /** @enum {unknown} */
                      operator:
                        | 'equal'
                        | 'notEqual'
                        | 'lessThan'
                        | 'lessThanInclusive'
                        | 'greaterThan'
                        | 'greaterThanInclusive'
                        | 'in'
                        | 'notIn'
                        | 'contains'
                        | 'doesNotContain';
                      value: unknown;
                    }[];
                  }
              )[];
            };
            event:
              | {
                  /** @constant */
                  type: 'lead';
                  params: {
                    regulationId: string;
                    region?: string;
                  };
                }
              | {
                  /** @constant */
                  type: 'call_back';
                  params: {
                    within: string;
                  };
                }
              | {
                  /** @constant */
                  type: 'route';
                  params: {
                    /** @enum {unknown} */
                    strategy: 'round_robin' | 'least_loaded' | 'by_region' | 'by_expertise';
                    department?: string;
                    region?: string;
                  };
                };
          }[];
        };
      };
    };
    responses: {
      /** @description the rules saved */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TelephonyRules'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTelephonyDealsByIdNumbers: {
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
      /** @description the numbers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DealNumbers'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postTelephonyDealsByIdCall: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          /** @description default: the first number of the deal’s client */
          phone?: string;
        };
      };
    };
    responses: {
      /** @description the PBX took the request */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OriginatedCall'];
        };
      };
      /** @description Bad request (e.g. malformed JSON) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content too large: the body is over the limit (1 MiB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCalendar: {
    parameters: {
      query: {
        /** @description due at or after (ISO 8601 with an offset) */
        from: string;
        /** @description due before; at most 62 days after from */
        to: string;
        /** @description another person’s calendar (a head: their team’s; a director: anyone’s) */
        person?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description by due */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Calendar'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getContacts: {
    parameters: {
      query: {
        /** @description part of the name, the e-mail, or part of the phone (5+ digits, compared as digits) */
        q: string;
        /** @description at most this many (default 50) */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description by name */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contacts: components['schemas']['ContactFound'][];
          };
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getContactsById: {
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
      /** @description the contact card (activity newest first) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactCard'];
        };
      };
      /** @description Not signed in: no, an invalid or an expired token or API key */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden: the caller's role may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found (or not visible to the caller) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable content: the request fails validation (the body lists JSON pointers) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests: the caller is over its budget (docs/SECURITY.md); `Retry-After` says in how many seconds to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service unavailable: PostgreSQL or Temporal is unreachable; nothing was changed, send it again */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
