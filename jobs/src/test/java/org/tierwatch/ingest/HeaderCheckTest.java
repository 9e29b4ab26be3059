package org.tierwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tierwatch.spark.SparkSessionExtension;

@ExtendWith(SparkSessionExtension.class)
class HeaderCheckTest {

  @Test
  void aUtf16FileIsNamedAsSuchInsteadOfAsAFileWithoutHeader(SparkSession spark,
      @TempDir Path dir) throws IOException {
    Path file = dir.resolve("products.csv");
    Files.write(file, "\uFEFFsku,product_name\nS1,Fish pie\n".getBytes(StandardCharsets.UTF_16LE));
    InputFile input = new InputFile(InputSource.BOL, file.toUri().toString(),
        Files.size(file), 0);

    InputException e = assertThrows(InputException.class,
        () -> HeaderCheck.check(spark, List.of(input), 10_000));

    assertTrue(e.getMessage().contains("products.csv: the file is UTF-16 text, not UTF-8"),
        e.getMessage());
  }

  @Test
  void aUtf8FileWithItsByteOrderMarkPasses(SparkSession spark, @TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "\uFEFFbol_number,arrival_date,shipper_name,consignee_name\n",
        StandardCharsets.UTF_8);
    HeaderCheck.check(spark, List.of(new InputFile(InputSource.BOL, file.toUri().toString(),
        Files.size(file), 0)), 10_000);
  }
}
