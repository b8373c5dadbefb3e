package io.annalist.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.annalist.model.Actor;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.LoadReport;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import io.annalist.model.Source;

/**
 * Collects what an importer read from a foreign format — batch by batch, in file order —
 * into a dataset and a load report with the same promise as our own format: every row or
 * entry is loaded or reported with its reason (or counted as left out by an import option
 * the user chose). Actors and sources get their ids in the order the file first names them,
 * so the result does not depend on how many threads read the batches.
 */
final class ImportBuilder {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final LinkedHashMap<String, ActorTally> actors = new LinkedHashMap<>();
    private final IdSet actorIds = new IdSet();
    private final LinkedHashMap<ImportPart.SourceKey, Source> sources = new LinkedHashMap<>();
    private final IdSet sourceIds = new IdSet();
    private final List<Event> events = new ArrayList<>();
    private final Set<String> eventIds = new HashSet<>();
    private final Map<ImportPart.LeftOut, Integer> excludedBy = new LinkedHashMap<>();
    private int read;
    private int rejected;
    private int excluded;
    private final LineTally notUtf8 = new LineTally();
    private final LineTally twoWayDates = new LineTally();

    /** An actor of the whole file: its id, kind, affiliation and how often each name was used for it. */
    private static final class ActorTally {
        final String id;
        final ImportPart.ActorSeen first;
        final LinkedHashMap<String, Integer> names = new LinkedHashMap<>(2);

        ActorTally(String id, ImportPart.ActorSeen first) {
            this.id = id;
            this.first = first;
        }
    }

    ImportBuilder(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** Where each cell of the header starts: its line and character column; empty for a file without a header. */
    private int[] headerLines = new int[0];
    private int[] headerColumns = new int[0];
    private List<String> headerNames = List.of();

    /** Remembers where the cells of the file's header are, for {@link #warnHeader}. */
    void header(CsvRow row) {
        headerLines = new int[row.size()];
        headerColumns = new int[row.size()];
        List<String> names = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
            headerLines[c] = row.lineOf(c);
            headerColumns[c] = row.columnOf(c);
            names.add(row.get(c));
        }
        headerNames = names;
    }

    /** A warning about the header's cell {@code cell}, placed at the cell and naming it. */
    void warnHeader(int cell, String message) {
        boolean known = cell >= 0 && cell < headerLines.length;
        warn(known ? headerLines[cell] : 1, known ? headerColumns[cell] : 1, known ? headerNames.get(cell) : "",
                message);
    }

    /** A problem about the whole file (a header, an encoding), not about one row. */
    void warn(int line, int column, String path, String message) {
        problems.add(new Problem(file, line, column, path, Severity.WARNING, message, null));
    }

    /**
     * Says that an import option was asked for, leaving out rows for {@code why}: the load
     * report then counts them even when it left out none.
     */
    void asked(ImportPart.LeftOut why) {
        excludedBy.putIfAbsent(why, 0);
    }

    /** An error about the file that is about no row of it (reading stopped where it broke), placed already. */
    void error(Problem p) {
        problems.add(p);
    }

    /** Takes in the next batch of the file. Batches must come in file order. */
    void merge(ImportPart part) {
        Map<String, String> actorRename = null;
        for (ImportPart.ActorSeen a : part.actors.values()) {
            ActorTally t = actors.get(a.key);
            if (t == null) {
                t = new ActorTally(actorIds.claim(slug(a.key)), a);
                actors.put(a.key, t);
            }
            for (Map.Entry<String, Integer> n : a.names.entrySet()) {
                t.names.merge(n.getKey(), n.getValue(), Integer::sum);
            }
            if (!t.id.equals(a.id)) {
                actorRename = actorRename == null ? new HashMap<>() : actorRename;
                actorRename.put(a.id, t.id);
            }
        }
        Map<String, String> sourceRename = null;
        for (ImportPart.SourceSeen s : part.sources.values()) {
            Source known = sources.get(s.key);
            if (known == null) {
                String id = sourceIds.claim(slug(s.idHint));
                    known = new Source(id, s.key.title(), s.key.publisher(), s.key.url(), null, s.note);
                sources.put(s.key, known);
            }
            if (!known.id().equals(s.id)) {
                sourceRename = sourceRename == null ? new HashMap<>() : sourceRename;
                sourceRename.put(s.id, known.id());
            }
        }
        problems.addAll(part.problems);
        read += part.read;
        rejected += part.rejected;
        excluded += part.excluded;
        part.excludedBy.forEach((k, v) -> excludedBy.merge(k, v, Integer::sum));
        notUtf8.addAll(part.notUtf8);
        twoWayDates.addAll(part.twoWayDates);
        for (int k = 0; k < part.events.size(); k++) {
            Event e = part.events.get(k);
            Event renamed = actorRename == null && sourceRename == null ? e
                    : EventIds.rename(e, actorRename, sourceRename);
            if (part.withoutId.get(k)) {
                // An id made from the content: a second event with the same content is "-2", in file order.
                String id = renamed.id();
                for (int i = 2; eventIds.contains(id); i++) {
                    id = renamed.id() + "-" + i;
                }
                if (!id.equals(renamed.id())) {
                    renamed = new Event(id, renamed.kind(), renamed.title(), renamed.when(), renamed.where(),
                            renamed.actors(), renamed.summary(), renamed.sources(), renamed.confidence(),
                            renamed.tags(), renamed.details(), renamed.extra(), renamed.line());
                }
            }
            if (!eventIds.add(renamed.id())) {
                problems.add(new Problem(file, renamed.line(), 1, "", Severity.ERROR, "id \"" + renamed.id()
                        + "\" is used twice; the later one is left out", renamed.id()));
                rejected++;
                continue;
            }
            events.add(renamed);
        }
    }

    /** Rows merged so far. */
    int read() {
        return read;
    }

    LoadResult build(String title, String description) {
        if (notUtf8.count() > 0) {
            int n = notUtf8.count();
            problems.add(new Problem(file, notUtf8.first(), 1, "", Severity.WARNING, "the file is not UTF-8: "
                    + String.format("%,d", n) + (n == 1 ? " row (" : " rows (") + notUtf8.words()
                    + (n == 1 ? ") was" : ") were") + " read as Windows-1252, whether loaded or not", null));
        }
        if (twoWayDates.count() > 0) {
            // Said once for the file, wherever it was opened from: the rows come back with the order given.
            int n = twoWayDates.count();
            problems.add(new Problem(file, 0, 0, "", Severity.WARNING, String.format("%,d", n)
                    + (n == 1 ? " row (" : " rows (") + twoWayDates.words() + (n == 1 ? ") was" : ") were")
                    + " not loaded: a date reads two ways, day or month first; say which with --date-order dmy or"
                    + " mdy, or under Numeric dates when File → Open asks", null));
        }
        if (!excludedBy.isEmpty()) {
            StringBuilder why = new StringBuilder();
            excludedBy.forEach((k, v) -> why.append(why.length() == 0 ? "" : "; ").append(String.format("%,d", v))
                    .append(' ').append(k.words(v)));
            problems.add(new Problem(file, 0, 0, "", Severity.WARNING, (excluded == 0 ? "no"
                    : String.format("%,d", excluded)) + (excluded == 1 ? " row" : " rows")
                    + " left out by the import options: " + why, null));
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        List<Actor> actorList = new ArrayList<>(actors.size());
        Map<String, Integer> sameName = new HashMap<>();
        actors.values().forEach(t -> sameName.merge(mostUsed(t.names), 1, Integer::sum));
        Map<String, String> idByKey = new HashMap<>();
        actors.forEach((k, t) -> idByKey.put(k, t.id));
        for (ActorTally t : actors.values()) {
            String aff = null;
            String affKey = t.first.affiliationKey;
            if (affKey != null && !affKey.equals(t.first.key)) {
                // A country named only as the affiliation of others (UKR of UKRMIL) takes part in no
                // event: it is no actor of its own, which would be listed with no events.
                aff = idByKey.get(affKey);
            }
            actorList.add(new Actor(t.id, distinctName(t, sameName), t.first.kind, aff, List.of()));
        }
        Dataset d = new Dataset(title, description, actorList, new ArrayList<>(sources.values()), events, Map.of());
        return new LoadResult(d, new LoadReport(file, read, events.size(), rejected, excluded, sorted, false));
    }

    /**
     * The actor's name, told apart from others of the same name by its code: GDELT names both
     * RUS and RUSMIL (Russia's military) "RUSSIA", which would read as one actor twice. A state
     * keeps its plain name.
     */
    private static String distinctName(ActorTally t, Map<String, Integer> sameName) {
        String name = mostUsed(t.names);
        boolean shared = sameName.getOrDefault(name, 0) > 1;
        return shared && t.first.kind != io.annalist.model.ActorKind.STATE && !name.equals(t.first.key)
                ? name + " (" + t.first.key + ")" : name;
    }

    /** The name used most often; of equals, the one met first. */
    private static String mostUsed(Map<String, Integer> names) {
        String best = null;
        int count = -1;
        for (Map.Entry<String, Integer> n : names.entrySet()) {
            if (n.getValue() > count) {
                best = n.getKey();
                count = n.getValue();
            }
        }
        return best;
    }

    static String slug(String s) {
        String ascii = s;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
                break;
            }
        }
        StringBuilder b = new StringBuilder(Math.min(ascii.length(), 60));
        boolean dash = false;
        for (int i = 0; i < ascii.length() && b.length() < 60; i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && b.length() > 0) {
                    b.append('-');
                }
                b.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return b.length() == 0 ? "x" : b.toString();
    }

    static String unique(String base, Set<String> taken) {
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
