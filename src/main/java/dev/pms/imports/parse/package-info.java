/**
 * Reading an uploaded file: its format and encoding, the CSV and XLSX row sources with the guards that bound
 * them before anything is allocated, and the mapping of one row's cells to a task or to row errors.
 */
package dev.pms.imports.parse;
