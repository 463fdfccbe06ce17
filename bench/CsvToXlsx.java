import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a CSV's rows into the first sheet of an XLSX workbook with a shared-string table, as Excel and
 * LibreOffice write text cells (PMS's own export writes inline strings instead).
 *   java -cp fastexcel.jar:opczip.jar:fastcsv.jar CsvToXlsx.java <in.csv> <out.xlsx>
 */
public class CsvToXlsx {
    public static void main(String[] args) throws Exception {
        try (OutputStream out = new FileOutputStream(args[1]);
             CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(Path.of(args[0]))) {
            Workbook workbook = new Workbook(out, "PMS benchmark", "1.0");
            Worksheet sheet = workbook.newWorksheet("Tasks");
            int r = 0;
            for (CsvRecord record : csv) {
                for (int c = 0; c < record.getFieldCount(); c++) {
                    sheet.value(r, c, record.getField(c));
                }
                if (++r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
    }
}
