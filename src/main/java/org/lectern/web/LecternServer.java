package org.lectern.web;

import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.lectern.accounts.AccountRoutes;
import org.lectern.accounts.AccountService;
import org.lectern.accounts.PasswordHasher;
import org.lectern.accounts.SessionStore;
import org.lectern.accounts.SignInThrottle;
import org.lectern.accounts.UserRepository;
import org.lectern.assignments.AssignmentRoutes;
import org.lectern.assignments.AssignmentService;
import org.lectern.classes.ClassRepository;
import org.lectern.classes.ClassRoutes;
import org.lectern.classes.ClassService;
import org.lectern.db.Database;
import org.lectern.discussion.DiscussionService;
import org.lectern.grading.RegradeService;
import org.lectern.grading.ReviewRoutes;
import org.lectern.grading.ReviewService;
import org.lectern.importing.ModuleLibrary;
import org.lectern.importing.ModuleRepository;
import org.lectern.library.LibraryRoutes;
import org.lectern.library.LibraryService;
import org.lectern.ops.ScheduledBackups;
import org.lectern.questions.CurationRoutes;
import org.lectern.questions.CurationService;
import org.lectern.quiz.AnswerChecker;
import org.lectern.quiz.QuizService;
import org.lectern.quiz.StudentAssignments;
import org.lectern.shared.SchoolTime;
import org.lectern.reading.ModuleRenderer;
import org.lectern.shared.SchoolTime;
import org.lectern.reading.ReadingService;
import org.lectern.shared.SchoolTime;
import org.lectern.reading.StudentRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the database, the services and the routes, and runs the HTTP server. */
public final class LecternServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LecternServer.class);

    /** How long a stop waits for in-flight requests. */
    static final long STOP_TIMEOUT_MS = 10_000;
    /** During a stop, how long a connection may go without sending a byte. */
    static final long SHUTDOWN_IDLE_MS = 3_000;

    private final ServerSettings settings;
    private final Database db;
    private final Javalin app;
    private final List<Routes.Registered> routes;
    private final ScheduledBackups backups;
    private volatile boolean stopped;

    private LecternServer(ServerSettings settings, Database db, Javalin app, List<Routes.Registered> routes) {
        this.settings = settings;
        this.db = db;
        this.backups = ScheduledBackups.start(db, settings.backups());
        this.app = app;
        this.routes = List.copyOf(routes);
    }

    /** Every route the app registered, with its access (for the authorisation matrix test and diagnostics). */
    public List<Routes.Registered> routes() {
        return routes;
    }

    /** Opens (and migrates) the database, then starts serving. */
    public static LecternServer start(ServerSettings settings) {
        Database db = Database.connect(settings.database());
        Javalin started = null;
        try {
            // Migrations then the library sync (database work) and building the web app (class
            // loading, templates) run side by side on the two cores; the server starts listening
            // only when both are done.
            ModuleLibrary library = new ModuleLibrary(db.dsl(), settings.contentDir());
            CompletableFuture<Void> libraryReady = CompletableFuture.runAsync(() -> {
                try {
                    db.migrate();
                    library.prepareContent(settings.seedsDir());
                    syncLibrary(library);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("cannot load modules from " + settings.contentDir(), e);
                }
            }, runnable -> Thread.ofPlatform().name("lectern-library-sync").start(runnable));
            Javalin app;
            List<Routes.Registered> registered = new CopyOnWriteArrayList<>();
            try {
                app = createApp(settings, db, registered);
                libraryReady.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            started = app;
            app.start(settings.host(), settings.port());
            // On SIGTERM Jetty closes a connection after 1 s without bytes (Jetty's default), which
            // cuts off a slow client pausing mid-form with a 408. Allow pauses of a few seconds;
            // idle keep-alive connections are closed after the same time, which bounds the stop.
            for (var connector : app.jettyServer().server().getConnectors()) {
                if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
                    c.setShutdownIdleTimeout(SHUTDOWN_IDLE_MS);
                }
            }
            LecternServer server = new LecternServer(settings, db, app, registered);
            long sinceJvmStart = ProcessHandle.current().info().startInstant()
                    .map(t -> Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
            LOG.info("Lectern is running at http://{}:{}/ (database {}, started in {} ms)",
                    "0.0.0.0".equals(settings.host()) ? "localhost" : settings.host(), app.port(),
                    settings.database().describe(), sinceJvmStart);
            return server;
        } catch (RuntimeException e) {
            if (started != null) {
                // A failed start (the port is taken) leaves Jetty half started; left so, its
                // threads and shutdown hook kept the process from exiting.
                try {
                    started.stop();
                } catch (RuntimeException stopFailure) {
                    e.addSuppressed(stopFailure);
                }
            }
            db.close();
            throw e;
        }
    }

    /**
     * Several nodes starting at once each bring the database in line with content/; when two insert
     * the same module at the same moment one hits the unique slug and rolls back. Trying again then
     * finds the other's rows (same content hash) and has nothing left to do.
     */
    private static void syncLibrary(ModuleLibrary library) throws java.io.IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                library.syncToDatabase();
                return;
            } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
                if (attempt >= 20) {
                    throw e;
                }
                LOG.info("Another node is loading the library at the same time; trying again ({})", attempt);
                try {
                    Thread.sleep(Math.min(500L, 50L * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Compression level for responses (see createApp). */
    static final int GZIP_LEVEL = 1;

    /** Requests at work at once per pooled connection (see createApp). */
    static final int ADMITTED_PER_CONNECTION = 4;

    /**
     * Sends the gzip body the renderer built for a page (see PageGzip) in place of its plain text,
     * when the response is still that page: the same length, and not already encoded.
     */
    private static void sendGzippedPage(io.javalin.http.Context ctx) throws java.io.IOException {
        PageGzip.Body body = ctx.attribute(ThymeleafRenderer.GZIPPED);
        if (body == null || ctx.res().containsHeader("Content-Encoding")) {
            return;
        }
        java.io.InputStream plain = ctx.resultInputStream();
        if (plain != null && plain.available() == body.plainBytes()) {
            ctx.header("Content-Encoding", "gzip");
            ctx.header("Vary", "Accept-Encoding");
            ctx.result(body.gzip());
        }
    }

    static Javalin createApp(ServerSettings settings, Database db) {
        return createApp(settings, db, new ArrayList<>());
    }

    static Javalin createApp(ServerSettings settings, Database db, List<Routes.Registered> registered) {
        var dsl = db.dsl();
        var hasher = new PasswordHasher();
        var users = new UserRepository(dsl);
        var sessions = new SessionStore(dsl, settings.sessionIdleTimeout(), Clock.systemUTC());
        var throttle = new SignInThrottle(dsl, settings.signInLimits(), Clock.systemUTC());
        var accounts = new AccountService(dsl, users, hasher, throttle);
        var classes = new ClassService(dsl, new ClassRepository(dsl), accounts);
        var security = new WebSecurity(sessions, settings.trustProxy());
        String node = UUID.randomUUID().toString().substring(0, 8);

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = settings.maxRequestBytes();
            // Pages go out gzipped, as every browser asks. Level 1 rather than the default 6: on the
            // 11 KB reading page it costs under half the CPU for 8% more bytes (4.0 against 3.7 KB),
            // and at a class's peak CPU is what runs out.
            config.http.compressionStrategy = new io.javalin.compression.CompressionStrategy(null,
                    new io.javalin.compression.Gzip(GZIP_LEVEL));
            config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), io.javalin.config.SizeUnit.BYTES);
            config.jsonMapper(new JacksonJsonMapper());
            config.fileRenderer(new ThymeleafRenderer());
            // Graceful shutdown: stop accepting, let in-flight requests finish (up to 10 s).
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.insertHandler(new GracefulHandler());
            });
            config.requestLogger.http((ctx, ms) -> RequestLog.shared().log(ctx.method().name(), ctx.path(),
                    ctx.statusCode(), ms));
            config.routes.before(security::headers);
            config.routes.before(new RequestLimits(settings.maxRequestBytes())::before);
            config.routes.before(security::before);
            ErrorPages.register(config.routes);
            config.routes.after(LecternServer::sendGzippedPage);

            // Four times the pool: a request spends much of its time outside queries (rendering,
            // waiting for its group commit), so more at work keeps both cores busy. Measured with
            // `bench load` on H2: module page +24%, answers +10% over twice the pool; once the pool
            // made answers 16% slower.
            Routes routes = new Routes(config.routes, registered,
                    RequestAdmission.of(ADMITTED_PER_CONNECTION * Database.poolSize(settings.database())));
            HealthRoutes.register(routes, db, node);
            StaticAssets.register(routes);
            AccountRoutes.register(routes, accounts, security);
            var renderer = new ModuleRenderer();
            var studentAssignments = new StudentAssignments(dsl, renderer);
            var time = new SchoolTime(settings.zone());
            var reading = new ReadingService(dsl, studentAssignments, time);
            ClassRoutes.register(routes, classes, accounts, security, reading::assignments);
            StudentRoutes.register(routes, studentAssignments, reading,
                    new QuizService(dsl, studentAssignments, db.groupCommit(), time),
                    new DiscussionService(dsl));
            registerInstructorRoutes(routes, settings, dsl, classes);
        });
    }

    /** The instructor's pages: library, curation, assignments, review and grading. */
    private static void registerInstructorRoutes(Routes routes, ServerSettings settings, org.jooq.DSLContext dsl,
                                                 ClassService classes) {
        var library = new LibraryService(dsl, new ModuleLibrary(dsl, settings.contentDir()));
        var regrade = new RegradeService((q, r) -> Optional.ofNullable(AnswerChecker.check(q, r).credit()));
        var review = new ReviewService(dsl, classes);
        var assignments = new AssignmentService(dsl, classes, settings.zone());
        LibraryRoutes.register(routes, library);
        CurationRoutes.register(routes, new CurationService(dsl, regrade), library);
        AssignmentRoutes.register(routes, assignments, classes, review,
                new ModuleRepository(dsl));
        ReviewRoutes.register(routes, review);
    }

    public int port() {
        return app.port();
    }

    public Database database() {
        return db;
    }

    public ServerSettings settings() {
        return settings;
    }

    /** Finishes in-flight requests, then closes the pool (which closes H2 cleanly). Idempotent. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        LOG.info("Lectern is stopping");
        try {
            app.stop();
        } catch (RuntimeException e) {
            LOG.warn("Some requests had not finished after {} ms and were cut off", STOP_TIMEOUT_MS);
        } finally {
            RequestLog.shared().flush();
            backups.close();
            db.close();
        }
        LOG.info("Lectern stopped");
    }
}
