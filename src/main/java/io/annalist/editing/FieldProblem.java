package io.annalist.editing;

import java.util.List;

import io.annalist.model.Problem;
import io.annalist.model.Severity;

/**
 * Something wrong with one field of an edited event, in the reader's own words, for a form to
 * show beside that field: {@code troop_deployment.troops}: troops "min" (5) is greater than
 * "max" (3). An error stops the event being saved; a warning does not.
 *
 * @param field the field as a snapshot names it ({@code "when"}, {@code "where.lat"},
 *              {@code "troop_deployment.troops"}), or "" for the event as a whole
 */
public record FieldProblem(String field, Severity severity, String message) {

    /** A problem the reader found, its path turned into the field it is about. */
    public static FieldProblem of(Problem p) {
        String path = p.path() == null ? "" : p.path();
        String field = path.startsWith("$.") ? path.substring(2) : path.equals("$") ? "" : path;
        return new FieldProblem(field, p.severity(), p.message());
    }

    public static FieldProblem error(String field, String message) {
        return new FieldProblem(field, Severity.ERROR, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The top-level field a form shows it beside: {@code "where"} for {@code "where.lat"}, the block's field for a detail. */
    public String formField() {
        String f = field.replaceAll("\\[\\d+]", "");
        int first = f.indexOf('.');
        if (first < 0) {
            return f;
        }
        int second = f.indexOf('.', first + 1);
        return io.annalist.io.EventJson.isBlock(f.substring(0, first)) ? (second < 0 ? f : f.substring(0, second))
                : f.substring(0, first);
    }

    /** True when any of {@code problems} is an error. */
    public static boolean anyError(List<FieldProblem> problems) {
        return problems.stream().anyMatch(FieldProblem::isError);
    }

    @Override
    public String toString() {
        return (field.isEmpty() ? "" : field + ": ") + severity.word() + ": " + message;
    }
}
