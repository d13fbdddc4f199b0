// The 404 page for an unknown organisation or event: nothing to load, only the language switch and the key field.
import { start } from "./common.js";

start(async () => {});
