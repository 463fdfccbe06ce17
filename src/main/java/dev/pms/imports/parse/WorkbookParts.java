package dev.pms.imports.parse;

import dev.pms.imports.ImportFailure;
import dev.pms.imports.ImportProperties;

import org.xml.sax.Attributes;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Finds the parts the reader will read, exactly as fastexcel-reader 0.19 finds them (OPCPackage,
 * ReadableWorkbook): the workbook and shared strings named in [Content_Types].xml, the first
 * {@code <sheet>} of the workbook, and its {@code r:id} looked up in the workbook's relationships.
 *
 * @param sheet         entry name of the first sheet
 * @param sharedStrings entry name of the shared-string table, or null when there is none
 * @param date1904      whether the workbook's serial dates count from 1904 ({@code <workbookPr date1904="1"/>}, as Excel
 *                      writes it; fastexcel-reader 0.19 takes only "true" for true)
 */
record WorkbookParts(String sheet, String sharedStrings, boolean date1904) {
    private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Pattern FILE_NAME = Pattern.compile("^(.*/)([^/]+)$");
    private static final int MAX_RELATIONSHIPS = 10_000;

    /** The zip, as the scan reads it. */
    interface Zip {
        /** The entry the reader opens for a part name: the exact name without a leading "/", else one that differs in case. */
        String find(String partName);

        void parse(String entry, PartHandler handler) throws IOException;
    }

    static WorkbookParts resolve(Zip zip, ImportProperties limits) throws IOException {
        long maxText = limits.maxCellChars();
        ContentTypes types = new ContentTypes(maxText);
        zip.parse(required(zip, "[Content_Types].xml", "its list of parts"), types);
        String workbookName = types.workbook == null ? "/xl/workbook.xml" : types.workbook;
        String workbook = required(zip, workbookName, "its workbook part");
        FirstSheet first = new FirstSheet(workbook, maxText, limits.maxZipEntries());
        zip.parse(workbook, first);
        if (first.id == null) {
            throw new ImportFailure("The workbook has no sheet to import (or its first sheet has no relationship id)");
        }
        String relsName = FILE_NAME.matcher(workbookName).replaceFirst("$1_rels/$2.rels");
        if (!relsName.contains("_rel")) {
            throw new ImportFailure("The XLSX file is damaged: its workbook part " + SheetScan.shorten(workbookName) + " has no folder");
        }
        String rels = required(zip, relsName, "the workbook's relationships");
        Relationships relationships = new Relationships(rels, maxText, first.id);
        zip.parse(rels, relationships);
        if (relationships.target == null) {
            throw new ImportFailure("The XLSX file is damaged: its first sheet has no part in the workbook's relationships");
        }
        String target = relationships.target.startsWith("/") ? relationships.target
                : relsName.substring(0, relsName.indexOf("_rel")) + relationships.target;
        String sheet = required(zip, target, "its first sheet (" + SheetScan.shorten(target) + ")");
        return new WorkbookParts(sheet, types.sharedStrings == null ? null : zip.find(types.sharedStrings), first.date1904);
    }

    private static String required(Zip zip, String partName, String what) {
        String entry = zip.find(partName);
        if (entry == null) {
            throw new ImportFailure("The file is not a readable XLSX workbook: it lacks " + what);
        }
        return entry;
    }

    private static final class ContentTypes extends PartHandler {
        private String workbook;
        private String sharedStrings;
        private String styles;

        ContentTypes(long maxText) {
            super("[Content_Types].xml", maxText);
        }

        @Override
        void start(String name, Attributes attributes) {
            if (!name.equals("Override") || workbook != null && sharedStrings != null && styles != null) {
                return;
            }
            String type = attributes.getValue("ContentType");
            String part = attributes.getValue("PartName");
            if (type == null || part == null) {
                throw failure("has an Override without ContentType or PartName");
            }
            switch (type) {
                case WORKBOOK, MACRO_WORKBOOK -> workbook = part;
                case SHARED_STRINGS -> sharedStrings = part;
                case STYLES -> styles = part;
                default -> {
                }
            }
        }
    }

    private static final class FirstSheet extends PartHandler {
        private final int maxSheets;
        private int sheets;
        private String id;
        private boolean date1904;

        FirstSheet(String part, long maxText, int maxSheets) {
            super(part, maxText);
            this.maxSheets = maxSheets;
        }

        @Override
        void start(String name, Attributes attributes) {
            if (name.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value); // xsd:boolean
            }
            if (!name.equals("sheet")) {
                return;
            }
            if (++sheets > maxSheets) {
                throw failure("lists more than " + maxSheets + " sheets");
            }
            if (sheets == 1) {
                id = attributes.getValue(RELATIONSHIPS, "id");
            }
        }
    }

    private static final class Relationships extends PartHandler {
        private final String id;
        private int count;
        private String target;

        Relationships(String part, long maxText, String id) {
            super(part, maxText);
            this.id = id;
        }

        @Override
        void start(String name, Attributes attributes) {
            if (!name.equals("Relationship")) {
                return;
            }
            if (++count > MAX_RELATIONSHIPS) {
                throw failure("has more than " + MAX_RELATIONSHIPS + " relationships");
            }
            String to = attributes.getValue("Target");
            if (to == null) {
                throw failure("has a relationship without a target");
            }
            if (id.equals(attributes.getValue("Id"))) {
                target = to;
            }
        }
    }
}
