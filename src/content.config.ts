// Chapters are MDX files in content/chapters/{zh,en}/NN-slug.mdx; the frontmatter is checked here.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

export const codes = ["prologue", "spirit", "service", "harmony", "acceleration", "closing"] as const;

const chapters = defineCollection({
  loader: glob({ pattern: "{zh,en}/[0-9][0-9]-*.mdx", base: "./content/chapters" }),
  schema: z
    .object({
      title: z.string().min(1).describe("Chapter title as readers see it."),
      order: z.number().int().min(1).max(99).describe("Position in the story; equals the NN of the file name."),
      code: z.enum(codes).describe("Which of the four codes the chapter tells, or prologue / closing."),
      summary: z.string().min(10).max(200).describe("One or two sentences: the page description and the home card."),
      card: z.string().min(4).max(70).describe("The line printed on the chapter's share card."),
      status: z
        .enum(["draft", "published"])
        .describe("draft chapters are listed as in preparation and get no page until they are published."),
    })
    .strict(),
});

export const collections = { chapters };
