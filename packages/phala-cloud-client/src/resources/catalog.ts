import type { RequestOptions } from "@cloud-sdk/auth-core";
import type { ClientCore } from "../client-context";
import { checkOptionalParams, checkParams } from "../params";
import {
  AllInstanceTypeFamilies,
  AvailableNodes,
  FamilyInstanceTypes,
  GetOsImagesRequest,
  ListFamilyInstanceTypesRequest,
  OsImageList,
} from "../schemas";
import { send } from "./send";

/** What a CVM can run on: nodes with room left, instance types and OS images. */
export interface CatalogMethods {
  /**
   * The nodes (teepods) the workspace can deploy to, with their images and KMS, and its limits:
   * `GET /teepods/available`.
   *
   * @example
   * ```ts
   * const { nodes, capacity } = await client.getAvailableNodes();
   * ```
   */
  getAvailableNodes(options?: RequestOptions): Promise<AvailableNodes>;
  /**
   * Every instance type, by family: `GET /instance-types`.
   *
   * @example
   * ```ts
   * const { result } = await client.listAllInstanceTypeFamilies();
   * for (const family of result) console.log(family.name, family.items.map((t) => t.id));
   * ```
   */
  listAllInstanceTypeFamilies(options?: RequestOptions): Promise<AllInstanceTypeFamilies>;
  /**
   * The instance types of one family (`cpu`, `gpu` …): `GET /instance-types/{family}`.
   *
   * @example
   * ```ts
   * const { items } = await client.listFamilyInstanceTypes({ family: "cpu" });
   * ```
   */
  listFamilyInstanceTypes(params: ListFamilyInstanceTypesRequest, options?: RequestOptions): Promise<FamilyInstanceTypes>;
  /**
   * OS images (dstack releases), one page: `GET /os-images`.
   *
   * @example
   * ```ts
   * const { items } = await client.getOsImages({ is_dev: false });
   * ```
   */
  getOsImages(params?: GetOsImagesRequest, options?: RequestOptions): Promise<OsImageList>;
}

export const catalogMethods: CatalogMethods & ThisType<ClientCore> = {
  getAvailableNodes(options) {
    return send(this, { operation: "getAvailableNodes", method: "GET", path: "/teepods/available", schema: AvailableNodes }, options);
  },
  listAllInstanceTypeFamilies(options) {
    return send(
      this,
      { operation: "listAllInstanceTypeFamilies", method: "GET", path: "/instance-types", schema: AllInstanceTypeFamilies },
      options,
    );
  },
  async listFamilyInstanceTypes(params, options) {
    const pathParams = checkParams(ListFamilyInstanceTypesRequest, params, "listFamilyInstanceTypes");
    return send(
      this,
      { operation: "listFamilyInstanceTypes", method: "GET", path: "/instance-types/{family}", pathParams, schema: FamilyInstanceTypes },
      options,
    );
  },
  async getOsImages(params, options) {
    const query = checkOptionalParams(GetOsImagesRequest, params, "getOsImages");
    return send(this, { operation: "getOsImages", method: "GET", path: "/os-images", query, schema: OsImageList }, options);
  },
};
