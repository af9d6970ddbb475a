package org.linkage110.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a reference data file shipped in this module ({@code reference/<name>.csv}: UTF-8, a
 * header row, RFC 4180). Files are the seed of data the office then edits in the system; they
 * are loaded once by the owning module's migration, never read at request time.
 */
public final class ReferenceData {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private ReferenceData() {
    }

    /**
     * The rows of {@code reference/<name>.csv}, each as column → value (empty string for an empty
     * cell). Fails when the file is missing or its header lacks one of {@code requiredColumns}.
     */
    public static List<Map<String, String>> rows(String name, String... requiredColumns) {
        String path = "reference/" + name + ".csv";
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(path)) {
            Objects.requireNonNull(in, () -> "reference data file missing: " + path);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                 CSVParser parser = FORMAT.parse(reader)) {
                List<String> header = parser.getHeaderNames();
                List<String> missing = Arrays.stream(requiredColumns).filter(c -> !header.contains(c)).toList();
                if (!missing.isEmpty()) {
                    throw new IllegalStateException(path + " lacks columns " + missing);
                }
                return parser.getRecords().stream().map(CSVRecord::toMap).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * The rows of CSV text someone sent (the same format as the files), each as column → value;
     * refused with the missing columns or the line that does not parse.
     */
    public static List<Map<String, String>> parse(String csv, String... requiredColumns) {
        try (CSVParser parser = FORMAT.parse(new java.io.StringReader(csv == null ? "" : csv))) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = Arrays.stream(requiredColumns).filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw ChangeRefusedException.of("csv", "csv.columns", "the header lacks " + missing);
            }
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw ChangeRefusedException.of("csv", "csv.unreadable", "not CSV with a header row: " + e.getMessage());
        }
    }

    /** A '|'-separated cell as a list, empty for an empty cell. */
    public static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
