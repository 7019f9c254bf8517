package org.lectern.grading;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Grades as CSV for an LMS: Canvas gradebook import, Moodle gradebook import (email identifies the
 * student), or a long table (one row per student × assignment). Rows are streamed from a database
 * cursor straight to the output; nothing holds the whole table. RFC 4180 (CRLF, quotes as needed),
 * UTF-8, every cell through {@link CsvCells#safe}.
 */
public final class GradeExport {

    public enum Format {
        canvas, moodle, long_;

        public static Format parse(String s) {
            String v = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "canvas" -> canvas;
                case "moodle" -> moodle;
                case "long" -> long_;
                default -> throw new org.lectern.shared.InvalidInput("Choose a format: canvas, moodle or long.");
            };
        }

        public String label() {
            return this == long_ ? "long" : name();
        }
    }

    /** An assignment as a column: id, title, points possible. */
    public record Column(long assignmentId, String title, BigDecimal pointsPossible) {}

    private final ReviewRepository repository;

    public GradeExport(ReviewRepository repository) {
        this.repository = repository;
    }

    public void write(long classId, List<Column> columns, Format format, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            switch (format) {
                case canvas -> wide(classId, columns, csv, true);
                case moodle -> wide(classId, columns, csv, false);
                case long_ -> longTable(classId, columns, csv);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column headings: the title, made unique when two assignments share one. */
    static List<String> headings(List<Column> columns) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (Column c : columns) {
            String h = c.title();
            if (!seen.add(h)) {
                h = h + " [" + c.assignmentId() + "]";
                seen.add(h);
            }
            out.add(h);
        }
        return out;
    }

    private void wide(long classId, List<Column> columns, CSVPrinter csv, boolean canvas) throws IOException {
        List<String> header = new ArrayList<>(canvas
                ? List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
                : List.of("Full name", "Email address"));
        header.addAll(headings(columns));
        print(csv, header);
        if (canvas) {
            List<String> possible = new ArrayList<>(List.of("    Points Possible", "", "", "", ""));
            for (Column c : columns) {
                possible.add(number(c.pointsPossible()));
            }
            print(csv, possible);
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).assignmentId(), i);
        }
        String[] scores = new String[columns.size()];
        long[] current = {-1};
        List<String> identity = new ArrayList<>();
        IOException[] failure = {null};
        repository.streamCells(classId, cell -> {
            if (failure[0] != null) {
                return;
            }
            try {
                if (cell.userId() != current[0]) {
                    if (current[0] != -1) {
                        printRow(csv, identity, scores);
                    }
                    current[0] = cell.userId();
                    identity.clear();
                    java.util.Arrays.fill(scores, "");
                    if (canvas) {
                        identity.addAll(List.of(cell.name(), "", "", cell.email(), cell.section()));
                    } else {
                        identity.addAll(List.of(cell.name(), cell.email()));
                    }
                }
                Integer i = index.get(cell.assignmentId());
                if (i != null) {
                    scores[i] = number(cell.points());
                }
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        if (current[0] != -1) {
            printRow(csv, identity, scores);
        }
    }

    private void longTable(long classId, List<Column> columns, CSVPrinter csv) throws IOException {
        print(csv, List.of("student", "email", "section", "assignment", "assignment_id", "score", "points_possible",
                "percent", "status", "submitted_at", "late"));
        Map<Long, Column> byId = new HashMap<>();
        List<String> titles = headings(columns);
        Map<Long, String> titleById = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byId.put(columns.get(i).assignmentId(), columns.get(i));
            titleById.put(columns.get(i).assignmentId(), titles.get(i));
        }
        OffsetDateTime now = OffsetDateTime.now();
        IOException[] failure = {null};
        repository.streamCells(classId, cell -> {
            Column c = byId.get(cell.assignmentId());
            if (c == null || failure[0] != null) {
                return;
            }
            String percent = cell.points() == null || c.pointsPossible().signum() == 0 ? ""
                    : number(cell.points().multiply(BigDecimal.valueOf(100)).divide(c.pointsPossible(), 1, RoundingMode.HALF_UP));
            try {
                print(csv, List.of(cell.name(), cell.email(), cell.section(), titleById.get(c.assignmentId()),
                        Long.toString(c.assignmentId()), number(cell.points()), number(c.pointsPossible()), percent,
                        status(cell, now), cell.submittedAt() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(cell.submittedAt()),
                        Boolean.toString(cell.late())));
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** not_started, in_progress, submitted, or missing (past the student's due date and not submitted). */
    public static String status(ReviewRepository.Cell cell, OffsetDateTime now) {
        if (!"submitted".equals(cell.status()) && cell.dueAt() != null && now.isAfter(cell.dueAt())) {
            return "missing";
        }
        return cell.status();
    }

    private static void printRow(CSVPrinter csv, List<String> identity, String[] scores) throws IOException {
        List<String> row = new ArrayList<>(identity.size() + scores.length);
        row.addAll(identity);
        row.addAll(List.of(scores));
        print(csv, row);
    }

    private static void print(CSVPrinter csv, List<String> cells) throws IOException {
        for (String c : cells) {
            csv.print(CsvCells.safe(c));
        }
        csv.println();
    }

    static String number(BigDecimal d) {
        if (d == null) {
            return "";
        }
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
