/** Owns bulk imports of tasks: upload and durable storage of the file, parse, mapping, validation, COPY, error reports and undo. */
package dev.pms.imports;
