/**
 * The data layer: every input (CSV/TSV, whitespace-aligned text, Parquet, JSON lines, DuckDB files, any
 * JDBC source) is read through an embedded DuckDB database (a delimited file straight from its CSV scanner,
 * everything else staged as a table), typed once, and copied into an in-memory columnar
 * {@link dev.clientele.data.Table}. Categorical cells cross from DuckDB as integer codes, never as strings.
 * A delimited UTF-8 file in the plain RFC 4180 layout is read in Java instead ({@code FastCsvReader}, in
 * parallel parts), with the same typing rules and the same result; DuckDB's reader handles every other file.
 *
 * <p>Entry points: {@link dev.clientele.data.TableReader#read(DataSource)} loads a table;
 * {@link dev.clientele.data.SchemaInference} assigns modelling roles (id, likely target, feature, constant);
 * {@link dev.clientele.data.TableWriter} writes results atomically (temp file, then rename).
 *
 * <p>Invariant: a {@code Table} never holds one object per cell. Numbers live in {@code double[]} with a
 * missing mask, categories as {@code int[]} codes into a sorted dictionary, timestamps as epoch
 * microseconds. Bad input surfaces as one {@link dev.clientele.data.DataException} whose message names the
 * file, line, column and the option that fixes it.
 */
package dev.clientele.data;
