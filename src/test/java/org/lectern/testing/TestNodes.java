package org.lectern.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lectern.web.LecternServer;
import org.lectern.web.ServerSettings;

/**
 * Several Lectern nodes on one database, as behind a load balancer: each has its own port,
 * its own copy of content/ and nothing in common but the database. They start at the same moment,
 * so migrations on an empty database race as they would in production.
 */
public final class TestNodes implements AutoCloseable {

    private final TestDatabases.Fresh database;
    private final List<LecternServer> nodes;

    private TestNodes(TestDatabases.Fresh database, List<LecternServer> nodes) {
        this.database = database;
        this.nodes = nodes;
    }

    /** Starts {@code count} nodes concurrently on a fresh, empty PostgreSQL database. */
    public static TestNodes startOnPostgres(int count) throws Exception {
        TestDatabases.Fresh db = TestDatabases.freshPostgres();
        List<LecternServer> started = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(count);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<LecternServer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path content = db.settings().dataDir().resolve("content-node" + i);
                TestServer.copyTree(Path.of("content"), content);
                ServerSettings settings = new ServerSettings("127.0.0.1", 0, db.settings(), Duration.ofMinutes(120),
                        Path.of("seeds"), content, ServerSettings.DEFAULT_MAX_REQUEST_BYTES);
                futures.add(pool.submit(() -> {
                    together.await();
                    return LecternServer.start(settings);
                }));
            }
            Exception failure = null;
            for (Future<LecternServer> f : futures) {
                try {
                    started.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failure = e.getCause() instanceof Exception ex ? ex : e;
                }
            }
            if (failure != null) {
                started.forEach(LecternServer::close);
                db.close();
                throw failure;
            }
        }
        return new TestNodes(db, started);
    }

    public String baseUrl(int node) {
        return "http://127.0.0.1:" + nodes.get(node).port();
    }

    public LecternServer node(int i) {
        return nodes.get(i);
    }

    /** A new browser talking to node {@code i}. */
    public WebClient client(int i) {
        return WebClient.at(baseUrl(i));
    }

    @Override
    public void close() {
        try {
            nodes.forEach(LecternServer::close);
        } finally {
            database.close();
        }
    }
}
