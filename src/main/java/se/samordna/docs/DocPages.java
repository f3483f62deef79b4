package se.samordna.docs;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import se.samordna.web.ProblemException;

/**
 * Renders the Markdown pages under {@code docs/} (copied onto the class path by the build) to HTML, once per page.
 * Headings get ids from their text, so {@code ## no-linked-contact} in problems.md is the anchor
 * {@code #no-linked-contact} that the problem type names. Links between pages ({@code problems.md}) work here as on
 * the repository's own viewer, since a page may be asked for with its {@code .md} suffix.
 */
@ApplicationScoped
public class DocPages {

    /** A page name: lower-case words joined by hyphens, optionally with the .md suffix; never a path. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.md)?");

    private final List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    /** The page as a whole HTML document, or a 404 problem when the documentation has no such page. */
    public String html(String page) {
        if (page == null || !NAME.matcher(page).matches()) {
            throw ProblemException.notFound("Documentation page");
        }
        String name = page.endsWith(".md") ? page.substring(0, page.length() - 3) : page;
        String html = rendered.computeIfAbsent(name, this::render);
        if (html.isEmpty()) {
            throw ProblemException.notFound("Documentation page");
        }
        return html;
    }

    private String render(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("docs/" + name + ".md")) {
            if (in == null) {
                return "";
            }
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String body = renderer.render(parser.parse(markdown));
            return """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Samordna: %s</title>
                    <style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
                    code,pre{background:#f3f3f3}pre{padding:.6rem;overflow-x:auto}table{border-collapse:collapse}
                    td,th{border:1px solid #ccc;padding:.2rem .5rem;vertical-align:top}h2{border-top:1px solid #ddd;padding-top:1rem}
                    h2:target{background:#fff6cc}</style></head>
                    <body>
                    %s</body></html>
                    """.formatted(name, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
