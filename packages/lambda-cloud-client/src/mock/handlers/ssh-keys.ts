import type { HttpHandler } from "msw";
import { AddSSHKeyRequest, type GeneratedSSHKey } from "../../schemas/index.js";
import type { MockContext } from "../context.js";
import { errorResponse, LAMBDA_CLOUD_ERRORS } from "../errors.js";
import { ok, readBody, route } from "../route.js";

/** A key pair that is obviously fake: the fake never produces real key material. */
function generateKeyPair(id: string, name: string): Pick<GeneratedSSHKey, "public_key" | "private_key"> {
  return {
    public_key: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE1PQ0s${id} ${name}`,
    private_key: `-----BEGIN RSA PRIVATE KEY-----\nMOCK-PRIVATE-KEY-${id}\n-----END RSA PRIVATE KEY-----\n`,
  };
}

/**
 * `GET /ssh-keys`, `POST /ssh-keys` (import, or generate when `public_key` is omitted; the
 * private key is returned once and not kept) and `DELETE /ssh-keys/{id}` (404 `global/not-found`,
 * the only 404 the spec lists for it). Duplicate names are accepted, as third parties report.
 */
export function sshKeyHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, "get", "/ssh-keys", () => ok([...ctx.state.sshKeys.values()])),
    route(ctx, "post", "/ssh-keys", async ({ request }) => {
      const body = await readBody(request, AddSSHKeyRequest);
      if (!body.ok) return body.response;
      const id = ctx.runtime.hexId();
      const { name, public_key } = body.value;
      if (public_key !== undefined) {
        const key = { id, name, public_key };
        ctx.state.sshKeys.set(id, key);
        return ok(key);
      }
      const pair = generateKeyPair(id, name);
      ctx.state.sshKeys.set(id, { id, name, public_key: pair.public_key });
      return ok({ id, name, ...pair });
    }),
    route(ctx, "delete", "/ssh-keys/{id}", ({ params }) => {
      if (!ctx.state.sshKeys.delete(params.id ?? "")) return errorResponse(404, LAMBDA_CLOUD_ERRORS.notFound);
      return ok({});
    }),
  ];
}
