package org.lectern.library;

import static org.lectern.web.RequestContext.form;
import static org.lectern.web.RequestContext.pathId;
import static org.lectern.web.RequestContext.requireUser;

import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.util.HashMap;
import java.util.Map;
import org.lectern.accounts.User;
import org.lectern.importing.ModuleRepository;
import org.lectern.shared.InvalidInput;
import org.lectern.web.Access;
import org.lectern.web.Routes;

/** /library: every module, upload, preview and question export. */
public final class LibraryRoutes {

    private LibraryRoutes() {}

    public static void register(Routes routes, LibraryService library) {
        routes.get("/library", Access.INSTRUCTOR, ctx -> {
            Map<String, Object> model = new HashMap<>();
            model.put("entries", library.list(requireUser(ctx)));
            model.put("notice", "added".equals(ctx.queryParam("notice")) ? "The article was added and its questions generated." : "");
            ctx.render("library", model);
        });
        routes.get("/library/upload", Access.INSTRUCTOR, ctx -> ctx.render("library-upload", Map.of()));
        routes.post("/library/upload", Access.INSTRUCTOR, ctx -> {
            User user = requireUser(ctx);
            UploadedFile file = ctx.uploadedFile("file");
            byte[] bytes = null;
            String name = null;
            if (file != null && file.filename() != null && !file.filename().isBlank()) {
                try (var in = file.content()) {
                    bytes = in.readNBytes((int) Math.min(LibraryService.MAX_UPLOAD_BYTES + 1, Integer.MAX_VALUE));
                }
                name = file.filename();
            } else if (file == null && ctx.isMultipartFormData()) {
                // An empty file part is not offered as an uploaded file; name it in the error all the same.
                jakarta.servlet.http.Part part = ctx.req().getPart("file");
                if (part != null && part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank()) {
                    name = part.getSubmittedFileName();
                }
            }
            try {
                ModuleRepository.StoredModule m = library.add(user, name, bytes, form(ctx, "title"), form(ctx, "text"));
                ctx.redirect("/library/" + m.id() + "?notice=added", HttpStatus.SEE_OTHER);
            } catch (InvalidInput e) {
                ctx.status(400).render("library-upload", Map.of("error", e.getMessage(), "title", form(ctx, "title"),
                        "text", form(ctx, "text")));
            }
        });
        routes.get("/library/{moduleId}", Access.INSTRUCTOR, ctx -> {
            ModuleRepository.StoredModule m = library.module(requireUser(ctx), pathId(ctx, "moduleId"));
            ctx.render("library-module", Map.of("m", m,
                    "notice", "added".equals(ctx.queryParam("notice")) ? "The article was added and its questions generated. Review them below." : ""));
        });
        routes.get("/library/{moduleId}/preview", Access.INSTRUCTOR, ctx ->
                ctx.render("library-preview", Map.of("preview", library.preview(requireUser(ctx), pathId(ctx, "moduleId")))));
        routes.get("/library/{moduleId}/export.gift", Access.INSTRUCTOR, ctx -> {
            long id = pathId(ctx, "moduleId");
            String gift = library.gift(requireUser(ctx), id);
            ctx.contentType("text/plain; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"" + library.slug(id) + ".gift.txt\"");
            ctx.result(gift);
        });
        routes.get("/library/{moduleId}/export-qti.zip", Access.INSTRUCTOR, ctx -> {
            long id = pathId(ctx, "moduleId");
            User user = requireUser(ctx);
            library.module(user, id);
            ctx.contentType("application/zip");
            ctx.header("Content-Disposition", "attachment; filename=\"" + library.slug(id) + "-qti21.zip\"");
            library.qti(user, id, ctx.outputStream());
        });
    }
}
