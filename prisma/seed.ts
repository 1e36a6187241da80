// Demo data, idempotent: running it again changes nothing (not even updatedAt). Rows are found
// by natural keys (slug, clerkUserId, built-in key, listing title); a demo workspace that a
// person already changed keeps their changes, because the seed only fills what is missing.
// The sample session is queued once, when the demo workspace is created, so deleting it sticks.
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { builtinKits } from "@/lib/kits/builtins";
import { presetThemes } from "@/lib/themes/model";
import { kitTemplateSpecSchema, type KitTemplateSpec } from "@/lib/kits/model";
import { createSampleSession } from "./demo/create-sample-session";

export const DEMO_WORKSPACE_SLUG = "demo";
export const DEMO_WORKSPACE_NAME = "Demo Studio";
export const DEMO_OWNER_CLERK_ID = "local-owner";
export const TEMPLATES_WORKSPACE_SLUG = "talksmith-templates";
export const TEMPLATES_WORKSPACE_NAME = "Talksmith Templates";

const listings: { title: string; description: string; category: string; priceCents: number; featured: boolean; installs: number; template: KitTemplateSpec }[] = [
  { title: "Sales discovery call kit", description: "Turn recorded discovery calls into a call summary, objection FAQ and follow-up email for sales teams.", category: "Sales", priceCents: 0, featured: true, installs: 412, template: { key: "sales_discovery", name: "Sales discovery", description: "Call summary, objection FAQ and follow-up email.", category: "Sales", assets: [{ type: "summary", title: "Call summary" }, { type: "faq", title: "Objection handling FAQ" }, { type: "summary_email", title: "Follow-up email" }] } },
  { title: "Sales playbook from top reps", description: "Record your best reps explaining their process and get an SOP, a checklist and a quiz for new sales hires.", category: "Sales", priceCents: 4900, featured: false, installs: 138, template: { key: "sales_playbook", name: "Sales playbook", description: "SOP, checklist and quiz from your best reps.", category: "Sales", assets: [{ type: "sop", title: "Sales process" }, { type: "checklist", title: "Deal checklist" }, { type: "quiz", title: "Playbook quiz" }] } },
  { title: "Webinar to mini-course", description: "A webinar becomes a course outline, lesson notes, worksheet and slide outline.", category: "Courses", priceCents: 0, featured: true, installs: 980, template: { key: "webinar_course", name: "Webinar to course", description: "Outline, lessons, worksheet, slides.", category: "Courses", assets: [{ type: "outline", title: "Course outline" }, { type: "lesson_notes", title: "Lesson notes" }, { type: "worksheet", title: "Worksheet" }, { type: "slide_outline", title: "Slides" }] } },
  { title: "Workshop recap pack", description: "A workshop recording becomes a summary, glossary and quiz participants can keep.", category: "Courses", priceCents: 1900, featured: false, installs: 301, template: { key: "workshop_recap", name: "Workshop recap", description: "Summary, glossary and quiz.", category: "Courses", assets: [{ type: "summary", title: "Workshop summary" }, { type: "glossary", title: "Glossary" }, { type: "quiz", title: "Check your understanding" }] } },
  { title: "Engineering onboarding", description: "Architecture walkthroughs become SOPs, glossaries and FAQs for new engineers.", category: "Onboarding", priceCents: 0, featured: false, installs: 655, template: { key: "eng_onboarding", name: "Engineering onboarding", description: "SOP, glossary and FAQ for engineers.", category: "Onboarding", assets: [{ type: "sop", title: "How we ship" }, { type: "glossary", title: "Architecture glossary" }, { type: "faq", title: "New engineer FAQ" }] } },
  { title: "Customer success handbook", description: "Onboarding calls become a checklist, FAQ and summary email for customer success managers.", category: "Onboarding", priceCents: 2900, featured: true, installs: 240, template: { key: "cs_handbook", name: "Customer success handbook", description: "Checklist, FAQ and recap email.", category: "Onboarding", assets: [{ type: "checklist", title: "Customer onboarding checklist" }, { type: "faq", title: "Customer FAQ" }, { type: "summary_email", title: "Recap email" }] } },
  { title: "Founder LinkedIn engine", description: "Podcast episodes become a week of LinkedIn posts, one per key moment.", category: "Marketing", priceCents: 0, featured: false, installs: 1204, template: { key: "founder_linkedin", name: "Founder LinkedIn", description: "One post per moment.", category: "Marketing", assets: [{ type: "linkedin_post", title: "LinkedIn posts" }] } },
  { title: "Conference talk quote pack", description: "The most quotable lines of a talk as branded quote cards for social media.", category: "Marketing", priceCents: 900, featured: false, installs: 377, template: { key: "talk_quotes", name: "Talk quotes", description: "Quote cards.", category: "Marketing", assets: [{ type: "quote_card", title: "Quote cards" }] } },
  { title: "Structured interview kit", description: "A hiring manager's description of the role becomes interview questions with evaluation criteria.", category: "Hiring", priceCents: 0, featured: true, installs: 520, template: { key: "structured_interview", name: "Structured interview", description: "Questions with criteria.", category: "Hiring", assets: [{ type: "interview_questions", title: "Interview guide" }] } },
  { title: "Hiring debrief pack", description: "Debrief recordings become a summary and a decision checklist.", category: "Hiring", priceCents: 1500, featured: false, installs: 88, template: { key: "hiring_debrief", name: "Hiring debrief", description: "Summary and checklist.", category: "Hiring", assets: [{ type: "summary", title: "Debrief summary" }, { type: "checklist", title: "Decision checklist" }] } },
  { title: "Support escalation SOP", description: "Support leads explain escalations once; agents get an SOP, checklist and FAQ.", category: "Onboarding", priceCents: 0, featured: false, installs: 190, template: { key: "support_escalation", name: "Support escalation", description: "SOP, checklist and FAQ.", category: "Onboarding", assets: [{ type: "sop", title: "Escalation procedure" }, { type: "checklist", title: "Escalation checklist" }, { type: "faq", title: "Agent FAQ" }] } },
  { title: "Sales objection quiz", description: "Call recordings become a quiz that trains reps on the objections that come up most.", category: "Sales", priceCents: 0, featured: false, installs: 264, template: { key: "objection_quiz", name: "Objection quiz", description: "Quiz and FAQ.", category: "Sales", assets: [{ type: "quiz", title: "Objection quiz" }, { type: "faq", title: "Objections FAQ" }] } },
];

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `db` must be the app's database (lib/db): the sample session is created through the job API's own function. */
export async function seedDemo(db: PrismaClient): Promise<string> {
  for (const l of listings) kitTemplateSpecSchema.parse(l.template);
  const { summary, newDemo } = await db.$transaction(
    async (tx) => {
      const existed = await tx.workspace.findUnique({ where: { slug: DEMO_WORKSPACE_SLUG }, select: { id: true } });
      for (const kit of builtinKits) {
        const data = { name: kit.name, description: kit.description, category: kit.category, tone: kit.tone ?? null, assets: kit.assets as unknown as Prisma.InputJsonValue };
        const existing = await tx.kitTemplate.findFirst({ where: { workspaceId: null, key: kit.key } });
        if (!existing) await tx.kitTemplate.create({ data: { key: kit.key, workspaceId: null, ...data } });
        else if (existing.name !== data.name || existing.description !== data.description || existing.category !== data.category || existing.tone !== data.tone || !sameJson(existing.assets, data.assets)) {
          await tx.kitTemplate.update({ where: { id: existing.id }, data });
        }
      }

      const demo = await tx.workspace.upsert({ where: { slug: DEMO_WORKSPACE_SLUG }, update: {}, create: { slug: DEMO_WORKSPACE_SLUG, name: DEMO_WORKSPACE_NAME, plan: "studio" } });
      const owner = await tx.user.upsert({ where: { clerkUserId: DEMO_OWNER_CLERK_ID }, update: {}, create: { clerkUserId: DEMO_OWNER_CLERK_ID, name: "Local owner" } });
      await tx.member.upsert({ where: { workspaceId_userId: { workspaceId: demo.id, userId: owner.id } }, update: {}, create: { workspaceId: demo.id, userId: owner.id, role: "owner" } });

      if ((await tx.theme.count({ where: { workspaceId: demo.id } })) === 0) {
        await tx.theme.create({ data: { workspaceId: demo.id, ...presetThemes.minimal, isDefault: true } });
        await tx.theme.create({ data: { workspaceId: demo.id, ...presetThemes.midnight, isDefault: false } });
      }
      if ((await tx.brandProfile.count({ where: { workspaceId: demo.id } })) === 0) {
        await tx.brandProfile.create({ data: { workspaceId: demo.id, name: DEMO_WORKSPACE_NAME, clientLabel: "Prepared for Acme Corp", accentColor: "#4f46e5", isDefault: true } });
      }
      if ((await tx.voiceProfile.count({ where: { workspaceId: demo.id } })) === 0) {
        await tx.voiceProfile.create({ data: { workspaceId: demo.id, name: "Friendly coach", tone: "friendly", audience: "new hires", preferWords: ["teammates"], avoidWords: ["employees"], exampleText: "Welcome aboard! Here is what your first week looks like." } });
      }

      const author = await tx.workspace.upsert({ where: { slug: TEMPLATES_WORKSPACE_SLUG }, update: {}, create: { slug: TEMPLATES_WORKSPACE_SLUG, name: TEMPLATES_WORKSPACE_NAME, plan: "studio" } });
      for (const l of listings) {
        const existing = await tx.marketplaceListing.findFirst({ where: { workspaceId: author.id, title: l.title }, select: { id: true } });
        if (!existing) {
          await tx.marketplaceListing.create({ data: { workspaceId: author.id, title: l.title, description: l.description, category: l.category, priceCents: l.priceCents, featured: l.featured, installs: l.installs, template: l.template as unknown as Prisma.InputJsonValue } });
        }
      }
      const [workspaces, kitTemplates, marketplaceListings, themes] = await Promise.all([tx.workspace.count(), tx.kitTemplate.count(), tx.marketplaceListing.count(), tx.theme.count()]);
      return { summary: `${workspaces} workspaces, ${kitTemplates} kit templates, ${marketplaceListings} marketplace listings, ${themes} themes`, newDemo: existed ? null : demo };
    },
    // PGlite runs the whole seed on one connection; Prisma's 5 s default is too tight on a busy CI machine.
    { maxWait: 60_000, timeout: 120_000 },
  );
  if (newDemo) await createSampleSession(newDemo);
  return summary;
}
