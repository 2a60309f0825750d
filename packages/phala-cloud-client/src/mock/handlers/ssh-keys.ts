import { http, type HttpHandler } from "msw";
import { CreateSshKeyRequest } from "../../schemas";
import { type MockContext, route } from "../context";
import { hexDigest } from "../ids";
import { detailError, empty, json, notFound, validationError } from "../responses";
import { now } from "../state";
import { readJson, validate } from "../validation";

/** The user's SSH keys: list (a plain array), create (201), delete (204). */
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
