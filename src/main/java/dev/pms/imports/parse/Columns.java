package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a file holds which task field. Headers match case- and punctuation-insensitively
 * against aliases taken from the exports of Jira, Redmine, Asana, Trello and Linear; for each field the
 * earliest alias in its list wins (Asana's "Assignee Email" over its "Assignee").
 */
public final class Columns {
    public enum Field {
        TITLE("title", "name", "summary", "subject", "task", "taskname", "cardname", "issuetitle", "headline",
                "titel", "zusammenfassung", "betreff", "aufgabe", "titre", "résumé", "resume", "sujet", "tâche",
                "título", "titulo", "resumen", "asunto", "tarea", "nombre"),
        DESCRIPTION("description", "desc", "notes", "carddescription", "details", "body", "content",
                "beschreibung", "notizen", "descripción", "descripcion", "notas"),
        STATUS("status", "state", "stage", "workflowstate", "listname", "list", "sectioncolumn", "section", "column",
                "statut", "état", "etat", "estado", "liste", "lista"),
        PRIORITY("priority", "importance", "urgency", "priorität", "prioritat", "priorité", "priorite", "prioridad"),
        ASSIGNEE("assigneeemail", "assignee", "assignedto", "assigned", "owner", "members", "member", "responsible",
                "bearbeiter", "zugewiesenan", "verantwortlich", "zuständig", "responsable", "assignéà", "assignéa",
                "assigné", "attribuéà", "asignadoa", "asignado", "persona"),
        DUE_DATE("duedate", "due", "dueon", "deadline", "duedateutc", "fälligkeitsdatum", "fälligam", "fällig",
                "dateféchéance", "datedéchéance", "échéance", "echeance", "fechadevencimiento", "vencimiento",
                "fechalímite", "fechalimite"),
        PROJECT("project", "projectname", "projects", "boardname", "board", "projekt", "projektname", "projet",
                "nomduprojet", "proyecto", "nombredelproyecto"),
        // Jira's Resolved is the date its resolution was set: a resolved issue is done, whatever its workflow status
        COMPLETED("completedat", "completed", "completedon", "closedat", "closed", "archived", "resolved", "erledigtam", "erledigt",
                "terminéle", "terminé", "completadoel", "completado"),
        LABELS("labels", "label", "tags", "tag", "etiketten", "étiquettes", "etiquettes", "etiquetas"),
        KEY("issuekey", "key", "cardid", "taskid", "id", "number", "schlüssel", "vorgangsschlüssel", "clé", "clave"),
        // Jira's Parent id names the parent's Issue id, which is why that column is read too
        SOURCE_ID("issueid"),
        PARENT("parent", "parentkey", "parentid", "parenttask", "parentissue", "übergeordneteaufgabe", "tâcheparente",
                "tareaprincipal"),
        LINKS("links", "relatedissues", "linkedissues", "relations", "verknüpfungen", "liens", "enlaces"),
        BLOCKED_BY("blockedbydependencies", "blockedby"),
        BLOCKING("blockingdependencies", "blocking");

        private final List<String> aliases;

        Field(String... aliases) {
            this.aliases = List.of(aliases);
        }
    }

    private final Map<Field, Integer> index;
    private final List<String> names;

    private Columns(Map<Field, Integer> index, List<String> names) {
        this.index = index;
        this.names = names;
    }

    public static Columns of(List<String> header) {
        List<String> normalized = header.stream().map(Columns::normalize).toList();
        Map<Field, Integer> index = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            for (String alias : field.aliases) {
                int at = normalized.indexOf(alias);
                if (at >= 0 && !index.containsValue(at)) {
                    index.put(field, at);
                    break;
                }
            }
        }
        if (!index.containsKey(Field.TITLE)) {
            throw new ImportFailure("No title column: the header needs one of Title, Name, Summary, Subject or Task; found "
                    + describe(header));
        }
        return new Columns(index, List.copyOf(header));
    }

    /** The column of a field, or -1 when the file has none. */
    public int of(Field field) {
        return index.getOrDefault(field, -1);
    }

    /**
     * Every column of a field: its own and those with the same header (Jira repeats Labels once per label); empty when
     * the file has none.
     */
    public int[] all(Field field) {
        int at = of(field);
        if (at < 0) {
            return new int[0];
        }
        String header = normalize(names.get(at));
        return java.util.stream.IntStream.range(0, names.size()).filter(i -> normalize(names.get(i)).equals(header)).toArray();
    }

    /** The field a column maps to, or null when the import ignores it. */
    public Field fieldAt(int column) {
        for (Map.Entry<Field, Integer> e : index.entrySet()) {
            if (e.getValue() == column) {
                return e.getKey();
            }
        }
        return null;
    }

    public List<String> names() {
        return names;
    }

    /** The header row, normalised: the key of a mapping template (the same tool exports the same shape). */
    public String shapeKey() {
        return String.join("|", names.stream().map(Columns::normalize).toList());
    }

    /** The header text of a field's column as the file spells it, for the error report. */
    public String name(Field field) {
        int at = of(field);
        return at < 0 ? field.name().toLowerCase(Locale.ROOT) : names.get(at).strip();
    }

    public static String normalize(String header) {
        if (header.strip().equals("#")) {
            return "number"; // Redmine's issue number
        }
        StringBuilder key = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); ) {
            int c = header.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(Character.toLowerCase(c));
            }
            i += Character.charCount(c);
        }
        return key.toString();
    }

    private static String describe(List<String> header) {
        List<String> shown = new ArrayList<>();
        for (String name : header) {
            if (shown.size() == 10) {
                shown.add("… (" + header.size() + " columns)");
                break;
            }
            shown.add("'" + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "'");
        }
        return shown.isEmpty() ? "no columns" : String.join(", ", shown);
    }
}
