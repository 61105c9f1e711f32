package org.factdesk.workbench.desk.internal.commands;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.swing.JFileChooser;

import org.factdesk.api.desk.Case;
import org.factdesk.api.export.ExportOutcome;
import org.factdesk.workbench.api.Command;
import org.factdesk.workbench.api.CommandContext;
import org.factdesk.workbench.api.CommandContribution;
import org.factdesk.workbench.desk.internal.Desk;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Exports ClaimReview JSON-LD through the export service, as {@code factdesk export claimreview}
 * does: the case in focus to a file, or every case to a folder (one document per published case;
 * the others are listed with the rule that refuses them). Written atomically: a refusal leaves nothing.
 */
@Component(service = Command.class)
@CommandContribution(id = "org.factdesk.desk.exportClaimReview", label = "Export ClaimReview...", menu = "File", order = 300,
        accelerator = "ctrl E", toolbar = true)
public final class ExportClaimReview extends DeskCommand {

    static final String FORMAT = "claimreview";

    @Activate
    public ExportClaimReview(@Reference Desk desk) {
        super(desk);
    }

    @Override
    public void execute(CommandContext context) {
        Optional<Case> one = selectedCase(context);
        JFileChooser chooser = new JFileChooser();
        chooser.setName("export.chooser");
        if (one.isPresent()) {
            chooser.setDialogTitle("Export the ClaimReview of " + one.get().id());
            chooser.setSelectedFile(new File(one.get().id() + ".jsonld"));
        } else {
            chooser.setDialogTitle("Export the ClaimReview of every published case to a folder");
            chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        }
        if (chooser.showSaveDialog(context.window()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        model().export(FORMAT, one.map(c -> List.of(c.id())).orElse(List.of()), target).thenAccept(this::tell);
    }

    private void tell(ExportOutcome o) {
        String written = o.files().isEmpty() ? "nothing written" : "wrote " + o.files().stream().map(Path::toString).collect(Collectors.joining(", "));
        model().services().status("ClaimReview: " + o.exported() + " exported, " + written);
        if (!o.problems().isEmpty()) {
            model().services().error("Not exported:\n" + o.problems().stream()
                    .map(p -> p.message().startsWith(p.caseId() + ":") ? p.message() : p.caseId() + ": " + p.message()).collect(Collectors.joining("\n")), null);
        }
    }
}
