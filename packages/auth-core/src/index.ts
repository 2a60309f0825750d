export { openEnum, type OpenEnum } from "./schema/open-enum.js";
