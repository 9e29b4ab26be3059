package org.tierwatch.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.tierwatch.locate.AddressQuery;
import org.tierwatch.locate.LocateStage;
import org.tierwatch.locate.Locator;
import org.tierwatch.spark.Warehouse;

/**
 * The locator on its own: plain Java, one thread, over the distinct addresses the locate stage
 * saw. Addresses stream from the table in batches; only the locate calls are timed.
 */
final class LocatorThroughput {
  /** Addresses located and the seconds the locator spent on them. */
  record Result(long addresses, double seconds) {
    double perSecond() {
      return seconds == 0 ? 0 : addresses / seconds;
    }
  }

  private static final int BATCH = 10_000;

  private LocatorThroughput() {}

  static Measured<Result> measure(Warehouse warehouse) {
    if (!warehouse.exists(LocateStage.TABLE)) {
      return Measured.notMeasured(LocateStage.TABLE + " does not exist");
    }
    Locator locator = Locator.standard();
    locator.locate(AddressQuery.of("Dalian, Liaoning", "CN"));
    Iterator<Row> rows = warehouse.read(LocateStage.TABLE)
        .select("address", "country", "registration_id").toLocalIterator();
    long located = 0;
    long nanos = 0;
    List<AddressQuery> batch = new ArrayList<>(BATCH);
    while (rows.hasNext()) {
      Row row = rows.next();
      batch.add(new AddressQuery(row.getString(0), row.getString(1), row.getString(2), null));
      if (batch.size() == BATCH || !rows.hasNext()) {
        long started = System.nanoTime();
        for (AddressQuery query : batch) {
          locator.locate(query);
        }
        nanos += System.nanoTime() - started;
        located += batch.size();
        batch.clear();
      }
    }
    return Measured.of(new Result(located, nanos / 1e9));
  }
}
