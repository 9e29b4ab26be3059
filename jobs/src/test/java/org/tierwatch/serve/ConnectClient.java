package org.tierwatch.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.spark.connect.proto.ExecutePlanRequest;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.apache.spark.connect.proto.Plan;
import org.apache.spark.connect.proto.Relation;
import org.apache.spark.connect.proto.SQL;
import org.apache.spark.connect.proto.SparkConnectServiceGrpc;
import org.apache.spark.connect.proto.UserContext;
import org.sparkproject.connect.grpc.ManagedChannel;
import org.sparkproject.connect.grpc.ManagedChannelBuilder;
import org.sparkproject.connect.grpc.Metadata;
import org.sparkproject.connect.grpc.stub.MetadataUtils;

/**
 * A minimal real Spark Connect client: the protocol's gRPC stubs over a network channel, and
 * the Arrow batches of the answer read back into rows of strings.
 */
final class ConnectClient implements AutoCloseable {
  private final ManagedChannel channel;
  private final SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub;
  private final String sessionId = UUID.randomUUID().toString();

  ConnectClient(String host, int port, String token) {
    channel = ManagedChannelBuilder.forAddress(host, port).usePlaintext().build();
    SparkConnectServiceGrpc.SparkConnectServiceBlockingStub plain =
        SparkConnectServiceGrpc.newBlockingStub(channel);
    if (token != null) {
      Metadata headers = new Metadata();
      headers.put(BearerTokenInterceptor.AUTHORIZATION, "Bearer " + token);
      plain = plain.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }
    stub = plain;
  }

  /** The query's rows, each value as its string form (null as null). */
  List<List<String>> query(String sql) {
    ExecutePlanRequest request = ExecutePlanRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(UserContext.newBuilder().setUserId("tierwatch-test"))
        .setPlan(Plan.newBuilder().setRoot(Relation.newBuilder()
            .setSql(SQL.newBuilder().setQuery(sql))))
        .build();
    List<List<String>> rows = new ArrayList<>();
    Iterator<ExecutePlanResponse> responses = stub.withDeadlineAfter(5, TimeUnit.MINUTES)
        .executePlan(request);
    while (responses.hasNext()) {
      ExecutePlanResponse response = responses.next();
      if (response.hasArrowBatch()) {
        rows.addAll(decode(response.getArrowBatch().getData().toByteArray()));
      }
    }
    return rows;
  }

  private static List<List<String>> decode(byte[] batch) {
    List<List<String>> rows = new ArrayList<>();
    try (RootAllocator allocator = new RootAllocator();
        ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(batch),
            allocator)) {
      while (reader.loadNextBatch()) {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        for (int r = 0; r < root.getRowCount(); r++) {
          List<String> row = new ArrayList<>();
          for (var vector : root.getFieldVectors()) {
            Object value = vector.getObject(r);
            row.add(value == null ? null : value.toString());
          }
          rows.add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  @Override
  public void close() throws InterruptedException {
    channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
  }
}
