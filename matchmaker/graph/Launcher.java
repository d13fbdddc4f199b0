// Runs an embedded Neo4j Community server with a Bolt listener on 127.0.0.1.
// Started by `matchmaker db start` (matchmaker/graph/server.py); not meant to be run by hand.
//   java -cp 'lib/*:classes' Launcher DATA_DIR BOLT_PORT PAGECACHE_BYTES
// The password comes from the MATCHMAKER_NEO4J_PASSWORD environment variable, so it never
// appears in a process listing. SIGTERM runs the shutdown hook, which flushes and closes the store.

import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launcher {
    public static void main(String[] args) {
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pagecache = Long.parseLong(args[2]);
        String password = System.getenv("MATCHMAKER_NEO4J_PASSWORD");
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("matchmaker-neo4j: shutting down");
            dbms.shutdown();
            System.out.println("matchmaker-neo4j: stopped");
        }));
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (Exception e) {
            // Expected on every start after the first: the stored password is already this one.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                e.printStackTrace();
                System.exit(1);
            }
        }
        System.out.println("matchmaker-neo4j: ready on bolt://127.0.0.1:" + port);
        System.out.flush();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }
}
