package dev.pms.imports.parse;


import dev.pms.imports.ImportFailure;

import org.xml.sax.Attributes;

import java.util.HashMap;
import java.util.Map;

/**
 * Bounds the work the reader does with a sheet's formulas (it keeps every shared and array formula for the
 * whole sheet, checks every cell against every array formula, and rebuilds a shared formula for each cell
 * that uses it by concatenating strings, in time that grows with the formula's length times its
 * references). Imports read only the values a spreadsheet saved, so these limits are far beyond any task list.
 */
final class FormulaBudget {
    /** Excel's own limit on the length of a formula. */
    private static final int MAX_FORMULA_CHARS = 8_192;
    private static final int MAX_ARRAY_FORMULAS = 100;
    private static final int MAX_SHARED_FORMULAS = 100_000;
    /** Characters copied while rebuilding shared formulas: about a second of work. */
    private static final long MAX_REBUILD_WORK = 1_000_000_000L;
    private final SheetScan sheet;
    private final Map<Integer, Long> sharedCosts = new HashMap<>();
    private boolean inFormula;
    private String at;
    private String type;
    private String ref;
    private int sharedIndex;
    private long length;
    private long references;
    private int arrays;
    private long rebuildWork;

    FormulaBudget(SheetScan sheet) {
        this.sheet = sheet;
    }

    void start(Attributes attributes, String at) {
        this.at = at;
        type = attributes.getValue("t");
        ref = attributes.getValue("ref");
        String si = attributes.getValue("si");
        sharedIndex = si == null ? -1 : SheetScan.number(si);
        if ("shared".equals(type) && sharedIndex < 0) {
            throw refused("refers to a shared formula without a valid number");
        }
        if ("array".equals(type) && ref != null && ++arrays > MAX_ARRAY_FORMULAS) {
            throw refused("is one array formula too many (at most " + MAX_ARRAY_FORMULAS + " in a sheet)");
        }
        inFormula = true;
        length = 0;
        references = 0;
    }

    void text(char[] chars, int start, int count) {
        if (!inFormula) {
            return;
        }
        length += count;
        if (length > MAX_FORMULA_CHARS) {
            throw refused("is longer than " + String.format("%,d", MAX_FORMULA_CHARS) + " characters, Excel's own limit");
        }
        for (int i = start; i < start + count; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z' || chars[i] == '$') {
                references++;
            }
        }
    }

    void end() {
        inFormula = false;
        if (!"shared".equals(type)) {
            return;
        }
        if (ref != null) {
            if (sharedCosts.size() >= MAX_SHARED_FORMULAS && !sharedCosts.containsKey(sharedIndex)) {
                throw refused("is one shared formula too many (at most " + String.format("%,d", MAX_SHARED_FORMULAS) + ")");
            }
            sharedCosts.put(sharedIndex, length * (1 + references));
            return;
        }
        Long cost = sharedCosts.get(sharedIndex);
        if (cost == null) {
            throw refused("uses shared formula " + sharedIndex + ", which the sheet has not defined before");
        }
        rebuildWork += cost;
        if (rebuildWork > MAX_REBUILD_WORK) {
            throw refused("makes the sheet's shared formulas too costly to expand (long formulas used by many cells)");
        }
    }

    private ImportFailure refused(String what) {
        return new ImportFailure(at + ": the cell's formula " + what + "; nothing was imported");
    }
}
