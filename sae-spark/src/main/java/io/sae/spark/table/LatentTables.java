package io.sae.spark.table;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import io.sae.api.InvalidInputException;
import io.sae.api.data.Dataset;
import io.sae.api.data.FloatMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/** Reading and writing the tables of {@code sae spark}: input tables (samples) and latent tables (Parquet). */
public final class LatentTables {
  /** The input rows' bean encoder. */
  public static final Encoder<InputRow> INPUT = Encoders.bean(InputRow.class);
  /** The latent rows' bean encoder. */
  public static final Encoder<LatentRow> LATENT = Encoders.bean(LatentRow.class);

  private LatentTables() {}

  /**
   * Samples from a Parquet table (a local path or a URL of a file system Spark reads): {@code featuresColumn} an array of numbers (cast to float), {@code idColumn} a number
   * (null: ids made by Spark, unique but not consecutive), {@code labelColumn} an integer class (null: no labels).
   *
   * @throws InvalidInputException when the table or a named column is missing or of the wrong type
   */
  public static org.apache.spark.sql.Dataset<InputRow> readInputs(SparkSession spark, String parquet, String featuresColumn, String idColumn,
      String labelColumn) {
    var df = readParquet(spark, parquet);
    requireColumn(df, parquet, featuresColumn, true);
    if (idColumn != null) {
      requireColumn(df, parquet, idColumn, false);
    }
    if (labelColumn != null) {
      requireColumn(df, parquet, labelColumn, false);
    }
    return df.select(
        idColumn != null ? col(idColumn).cast(DataTypes.LongType).as("id") : monotonically_increasing_id().as("id"),
        labelColumn != null ? col(labelColumn).cast(DataTypes.IntegerType).as("label") : lit(null).cast(DataTypes.IntegerType).as("label"),
        col(featuresColumn).cast(DataTypes.createArrayType(DataTypes.FloatType)).as("features"))
        .as(INPUT);
  }

  /**
   * Samples from a dataset the CLI reads (a built-in name or a user data spec), loaded on the driver and handed to
   * Spark in {@code partitions} slices; ids are the row numbers, labels null where unlabelled.
   */
  public static org.apache.spark.sql.Dataset<InputRow> fromDataset(SparkSession spark, Dataset data, int partitions) {
    List<InputRow> rows = new ArrayList<>(data.size());
    FloatMatrix x = data.features();
    int[] y = data.labels();
    for (int i = 0; i < data.size(); i++) {
      rows.add(new InputRow(i, y[i] == Dataset.UNLABELED ? null : y[i], x.row(i)));
    }
    return spark.createDataset(rows, INPUT).repartition(partitions);
  }

  /**
   * A latent table written by {@code sae spark encode}: {@code id}, {@code latent}, and {@code label}, {@code predicted},
   * {@code reconstruction} where present (null where not).
   *
   * @throws InvalidInputException when the table is missing or has no latent column
   */
  public static org.apache.spark.sql.Dataset<LatentRow> readLatents(SparkSession spark, String parquet) {
    var df = readParquet(spark, parquet);
    requireColumn(df, parquet, "id", false);
    requireColumn(df, parquet, "latent", true);
    List<String> names = Arrays.asList(df.columns());
    DataType floats = DataTypes.createArrayType(DataTypes.FloatType);
    return df.select(col("id").cast(DataTypes.LongType).as("id"),
        (names.contains("label") ? col("label") : lit(null)).cast(DataTypes.IntegerType).as("label"),
        col("latent").cast(floats).as("latent"),
        (names.contains("predicted") ? col("predicted") : lit(null)).cast(DataTypes.IntegerType).as("predicted"),
        (names.contains("reconstruction") ? col("reconstruction") : lit(null)).cast(floats).as("reconstruction"))
        .as(LATENT);
  }

  /** Writes latent rows as Parquet, leaving out the optional columns that were not computed. */
  public static void write(org.apache.spark.sql.Dataset<LatentRow> rows, String out, boolean predicted, boolean reconstruction) {
    List<org.apache.spark.sql.Column> cols = new ArrayList<>(List.of(col("id"), col("label"), col("latent")));
    if (predicted) {
      cols.add(col("predicted"));
    }
    if (reconstruction) {
      cols.add(col("reconstruction"));
    }
    rows.select(cols.toArray(org.apache.spark.sql.Column[]::new)).write().mode("overwrite").parquet(out);
  }

  /**
   * A local path that does not exist is refused with one line (a URL such as {@code hdfs://nn/t} or {@code s3a://b/t}
   * is left to Spark and Hadoop's file systems).
   *
   * @throws InvalidInputException for a missing local table
   */
  public static void requireTable(String table) {
    if (!table.contains("://") && !Files.exists(Path.of(table))) {
      throw new InvalidInputException(table + ": no such table (a Parquet file or folder)");
    }
  }

  private static org.apache.spark.sql.Dataset<Row> readParquet(SparkSession spark, String parquet) {
    requireTable(parquet);
    return spark.read().parquet(parquet);
  }

  private static void requireColumn(org.apache.spark.sql.Dataset<Row> df, String table, String name, boolean array) {
    StructField f = Arrays.stream(df.schema().fields()).filter(x -> x.name().equals(name)).findFirst().orElseThrow(() ->
        new InvalidInputException(table + " has no column '" + name + "' (columns: " + String.join(", ", df.columns()) + ")"));
    DataType t = f.dataType();
    boolean ok = array ? t instanceof ArrayType a && a.elementType() instanceof NumericType : t instanceof NumericType;
    if (!ok) {
      throw new InvalidInputException(table + ": column '" + name + "' is " + t.simpleString() + ", expected "
          + (array ? "an array of numbers" : "a number"));
    }
  }
}
