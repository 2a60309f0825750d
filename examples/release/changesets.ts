import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type Bump = "major" | "minor" | "patch";

/** One pending changeset: the packages it bumps and the first line of its summary. */
export interface Changeset {
  readonly file: string;
  readonly releases: Record<string, Bump>;
  readonly firstLine: string;
}

/** Reads the pending changesets of `.changeset/` (front matter `"name": bump`, then the summary). */
export function readChangesets(repository: string): Changeset[] {
  const directory = join(repository, ".changeset");
  return readdirSync(directory)
    .filter((file) => file.endsWith(".md") && file !== "README.md")
    .map((file) => {
      const text = readFileSync(join(directory, file), "utf8");
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (match === null) throw new Error(`${file} has no front matter`);
      const releases: Record<string, Bump> = {};
      for (const line of match[1]!.split("\n")) {
        const release = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
        if (release !== null) releases[release[1]!] = release[2] as Bump;
      }
      return { file, releases, firstLine: match[2]!.trim().split("\n")[0]!.trim() };
    });
}

const ORDER: Bump[] = ["patch", "minor", "major"];

/** The version each package named by the changesets gets: its current version with the highest bump asked. */
export function expectedVersions(changesets: readonly Changeset[], current: (name: string) => string): Record<string, string> {
  const highest: Record<string, Bump> = {};
  for (const changeset of changesets) {
    for (const [name, bump] of Object.entries(changeset.releases)) {
      if (highest[name] === undefined || ORDER.indexOf(bump) > ORDER.indexOf(highest[name]!)) highest[name] = bump;
    }
  }
  return Object.fromEntries(Object.entries(highest).map(([name, bump]) => [name, increment(current(name), bump)]));
}

function increment(version: string, bump: Bump): string {
  const [major, minor, patch] = version.split(/[.-]/).map(Number) as [number, number, number];
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The CHANGELOG section of one version: from its `## <version>` heading to the next `## `. */
export function changelogSection(changelog: string, version: string): string | undefined {
  const start = changelog.indexOf(`\n## ${version}\n`);
  if (start === -1) return undefined;
  const next = changelog.indexOf("\n## ", start + 4);
  return changelog.slice(start, next === -1 ? undefined : next);
}
