package org.lectern.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Generic web and publishing boilerplate: cookie notices, site search and navigation, newsletter
 * prompts, share bars and counters, PDF viewer notices, "related" lists, disclaimers, copyright.
 * Patterns only apply to short blocks, so an article that discusses cookies keeps its paragraphs.
 */
public final class Boilerplate {
    private Boilerplate() {}

    private static final int MAX_WORDS = 40;

    private static final List<Pattern> BLOCK_PATTERNS = List.of(
            // cookie and consent banners
            p("\\b(?:we|this (?:web)?site|our (?:web)?site|site) uses? cookies\\b"),
            p("\\bcookies? (?:policy|settings|preferences|consent|notice)\\b"),
            p("\\baccept (?:all )?cookies\\b|\\bmanage (?:your )?(?:cookie|privacy) (?:settings|preferences)\\b"),
            p("^(?:accept|reject|agree|i agree|got it|ok|okay|close|dismiss|more information\\W*(?:close)?)$"),
            p("^more information\\W+close$"),
            // site chrome
            p("^(?:search|search (?:all )?(?:site )?(?:content|this site)?|menu|menu_open|menu_open\\s+\\w+|main menu|navigation"
                    + "|skip to (?:main )?content|back to top|home|log ?in|sign ?in|register|my account|print|email|toggle navigation)$"),
            p("^total (?:index|results?)\\W.*\\bpublications?\\b"),
            p("^view (?:all|series|more)\\b.*$"),
            p("^(?:advertisement|sponsored(?: content)?|ad|promoted)$"),
            // newsletters and subscriptions
            p("^subscribe\\b"),
            p("\\b(?:sign up|subscribe|register)\\b.{0,60}\\b(?:newsletter|mailing list|updates|alerts|inbox)\\b"),
            p("\\b(?:newsletter|mailing list)\\b.{0,40}$"),
            // sharing
            p("^(?:share|share this(?: article| story| page| post)?|share on \\w+|tweet|facebook|twitter|x|linkedin|whatsapp|reddit|copy link|"
                    + "pinterest|telegram)(?:\\s*[|/•·]\\s*\\w+)*:?$"),
            p("^[\\d\\s.,kKmM]+$"),
            // PDF viewers and downloads
            p("\\bdownload (?:the )?(?:full )?(?:pdf|report|article)\\b"),
            p("\\bbrowser does not support (?:pdfs?|inline pdfs?|the video tag|iframes)\\b"),
            // related content and comments
            p("^(?:related|recommended|popular|trending|most read|you may also like|read more|see also|more from [\\w ]+|"
                    + "related (?:articles|stories|posts|content|reading|topics)|further reading|latest (?:news|articles))\\W*$"),
            p("^(?:leave a (?:comment|reply)|comments?|\\d+ comments?|post a comment|join the conversation)\\W*$"),
            // tags
            p("^(?:tags?:\\s*)?#\\w[\\w-]*(?:\\s+#\\w[\\w-]*)*$"),
            p("^(?:all rights reserved|terms of (?:use|service)|privacy policy)\\b.*$"),
            p("^(?:©|\\(c\\)|copyright\\b)"));

    private static final Pattern DISCLAIMER = p(
            "\\b(?:represents?|reflects?|are) (?:only |solely )?(?:the )?(?:personal )?(?:views|opinions)\\b"
                    + "|\\bviews expressed\\b|\\b(?:alternative|other) (?:viewpoints|views) are\\b.*\\bwelcome");

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** True if the whole block is boilerplate. */
    public static boolean isBoilerplate(String block) {
        String t = block.strip().replaceAll("^[*_#\\s]+|[*_\\s]+$", "");
        if (t.isEmpty()) return true;
        if (Text.words(t) > MAX_WORDS) return false;
        for (Pattern pattern : BLOCK_PATTERNS) {
            if (pattern.matcher(t).find()) return true;
        }
        return isDisclaimer(t);
    }

    /** A publisher's "views of the authors" disclaimer. */
    public static boolean isDisclaimer(String block) {
        return Text.words(block) <= MAX_WORDS && DISCLAIMER.matcher(block).find();
    }

    private static final Pattern RELATED_HEADING = p(
            "^(?:related|recommended|popular|trending|most read|you may also like|read more|see also|more from [\\w ]+|"
                    + "related (?:articles|stories|posts|content|reading|topics)|further reading|latest (?:news|articles))\\W*$");

    /** A heading that starts a list of links to other content ("Related Articles"). */
    public static boolean isRelatedHeading(String block) {
        return RELATED_HEADING.matcher(block.strip().replaceAll("^[*_#\\s]+|[*_\\s]+$", "")).find();
    }
}
