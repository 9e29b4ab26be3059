package org.tierwatch.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sparkproject.connect.grpc.Status;
import org.sparkproject.connect.grpc.StatusRuntimeException;
import org.tierwatch.analyst.AnalystViews;
import org.tierwatch.spark.SparkSessionExtension;
import org.tierwatch.spark.Warehouse;

/** serve-sql's endpoint answers a real Spark Connect client, on loopback, with a token if set. */
@ExtendWith(SparkSessionExtension.class)
class SqlEndpointTest {
  private static final String TOKEN = "a-test-token-of-some-length";

  @Test
  void aClientQueriesTablesAndViewsByNameAndNeedsTheTokenWhenOneIsSet(SparkSession spark,
      @TempDir Path dir) throws Exception {
    Warehouse warehouse = new Warehouse(spark, dir.toString(), "tw_serve");
    warehouse.overwrite("quarantine", spark.sql("SELECT 'bol' AS source, 'bol/a.csv' AS file, "
        + "7L AS line_number, 'bad date' AS reason, 'B1,x,MR. LI WEI, TEL +86 411 8461 2271' "
        + "AS raw_line"));
    new AnalystViews(warehouse).create();

    try (SqlEndpoint endpoint = SqlEndpoint.start(
        new EndpointSettings("127.0.0.1", 0, Optional.of(TOKEN)))) {
      try (ConnectClient client = new ConnectClient("127.0.0.1", endpoint.port(), TOKEN)) {
        assertEquals(List.of(List.of("bad date", "B1,x,[person], [phone]")),
            client.query("SELECT reason, raw_line FROM tw_serve.v_quarantine"));
        assertEquals(List.of(List.of("1")),
            client.query("SELECT count(*) FROM tw_serve.quarantine"));
      }
      try (ConnectClient stranger = new ConnectClient("127.0.0.1", endpoint.port(), "wrong")) {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
            () -> stranger.query("SELECT 1"));
        assertEquals(Status.Code.UNAUTHENTICATED, refused.getStatus().getCode());
      }
    }
  }

  @Test
  void onlyLoopbackMayGoWithoutAToken() {
    IllegalArgumentException open = assertThrows(IllegalArgumentException.class,
        () -> new EndpointSettings("0.0.0.0", 15002, Optional.empty()));
    assertEquals(true, open.getMessage().contains(EndpointSettings.TOKEN_VARIABLE));
    assertThrows(IllegalArgumentException.class,
        () -> new EndpointSettings("0.0.0.0", 15002, Optional.of("short")));
    assertEquals("localhost", new EndpointSettings("localhost", 0, Optional.empty()).host());
  }
}
