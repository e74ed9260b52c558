package org.complaintledger;

import java.util.Arrays;
import org.complaintledger.bulkimport.ImportCommand;
import org.complaintledger.demo.DemoImportFile;
import org.complaintledger.rebuild.RebuildCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable complaint ledger. It lives in the base package that all four modules share, so component scanning
 * picks up the beans of command-side, projections and query-side as well as infra's own. Given {@code rebuild} as its
 * first argument it rebuilds read models and exits instead ({@link RebuildCommand}); given {@code import}, it imports
 * a landlord's history ({@link ImportCommand}); given {@code demo-import-file}, writes a demo one to import
 * ({@link DemoImportFile}).
 */
@SpringBootApplication
public class LedgerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(RebuildCommand.NAME)) {
            System.exit(RebuildCommand.run(LedgerApplication.class, Arrays.copyOfRange(args, 1, args.length),
                    System.out));
        }
        if (args.length > 0 && args[0].equals(DemoImportFile.NAME)) {
            System.exit(DemoImportFile.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            System.exit(ImportCommand.run(LedgerApplication.class, Arrays.copyOfRange(args, 1, args.length),
                    System.out));
        }
        SpringApplication.run(LedgerApplication.class, args);
    }
}
