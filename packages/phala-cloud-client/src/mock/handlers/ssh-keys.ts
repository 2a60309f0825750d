import { http, type HttpHandler } from "msw";
import { CreateSshKeyRequest, ImportGithubProfileRequest } from "../../schemas";
import { type MockContext, route } from "../context";
import { hexDigest } from "../ids";
import { detailError, empty, json, notFound, validationError } from "../responses";
import { now } from "../state";
import { readJson, validate } from "../validation";

const GITHUB_USERNAME = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;

/** The fake's stand-in for a GitHub user's public key (it cannot reach GitHub): one key per user. */
const githubKey = (username: string) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${hexDigest(`github:${username.toLowerCase()}`, 43)} ${username}@github`;

/**
 * The user's SSH keys: list (a plain array), create (201), delete (204), and the GitHub import and
 * sync (one key per GitHub user, the fake's stand-in for GitHub).
 */
export function sshKeyHandlers(ctx: MockContext): HttpHandler[] {
  const base = `${ctx.base}/user/ssh-keys`;
  return [
    http.get(base, route(ctx, ({ state }) => json(state.sshKeys))),
    http.post(
      base,
      route(ctx, async ({ state, request }) => {
        const body = await readJson(request);
        if (!body.ok) return validationError(state, body.items);
        const checked = validate(CreateSshKeyRequest, body.value, "body");
        if (!checked.ok) return validationError(state, checked.items);
        const { name, public_key } = checked.value;
        const material = public_key.split(" ").slice(0, 2).join(" ");
        if (state.sshKeys.some((key) => key.public_key.split(" ").slice(0, 2).join(" ") === material)) {
          return detailError(state, 400, "An SSH key with this public key already exists");
        }
        const key = {
          id: `sshkey_${++state.counters.sshKey}`,
          name,
          public_key,
          fingerprint: `SHA256:${hexDigest(`fp:${material}`, 43)}`,
          created_at: now(state),
        };
        state.sshKeys.push(key);
        return json(key, 201);
      }),
    ),
    http.post(
      `${base}/github-profile`,
      route(ctx, async ({ state, request }) => {
        const body = await readJson(request);
        if (!body.ok) return validationError(state, body.items);
        const checked = validate(ImportGithubProfileRequest, body.value, "body");
        if (!checked.ok) return validationError(state, checked.items);
        const { github_username } = checked.value;
        if (!GITHUB_USERNAME.test(github_username)) return detailError(state, 404, `GitHub user '${github_username}' not found`);
        const public_key = githubKey(github_username);
        if (state.sshKeys.some((key) => key.public_key === public_key)) {
          return json({ github_username, keys_added: 0, keys_skipped: 1, errors: [] });
        }
        const material = public_key.split(" ").slice(0, 2).join(" ");
        state.sshKeys.push({
          id: `sshkey_${++state.counters.sshKey}`,
          name: `github:${github_username}`,
          public_key,
          fingerprint: `SHA256:${hexDigest(`fp:${material}`, 43)}`,
          created_at: now(state),
          source: "github",
        });
        return json({ github_username, keys_added: 1, keys_skipped: 0, errors: [] });
      }),
    ),
    http.post(
      `${base}/github-sync`,
      route(ctx, ({ state }) => {
        // GitHub does not change under the fake, so a sync finds every imported key up to date.
        const synced_count = state.sshKeys.filter((key) => key.source === "github").length;
        return json({ synced_count, keys_added: 0, keys_updated: 0, keys_removed: 0, errors: [] });
      }),
    ),
    http.delete(
      `${base}/:keyId`,
      route(ctx, ({ state, params }) => {
        const before = state.sshKeys.length;
        state.sshKeys = state.sshKeys.filter((key) => key.id !== params.keyId);
        return state.sshKeys.length < before ? empty(204) : notFound(state, "SSH key");
      }),
    ),
  ];
}
