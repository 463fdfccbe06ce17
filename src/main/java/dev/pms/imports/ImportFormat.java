package dev.pms.imports;

public enum ImportFormat {
    CSV, XLSX
}
