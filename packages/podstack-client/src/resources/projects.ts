import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ProjectList } from "../schemas";
import { Resource } from "./resource";

/** `client.projects`: the projects the token can reach. */
export class Projects extends Resource {
  /**
   * Every project, each with `id` and `name` [doc]. Route `GET /v1/projects` [assumed].
   *
   * @example
   * ```ts
   * const projects = await client.projects.list();
   * const prod = projects.find((project) => project.name === "prod-env");
   * ```
   */
  list(options?: RequestOptions): Promise<ProjectList> {
    return this.send("projects.list", {}, options);
  }
}
