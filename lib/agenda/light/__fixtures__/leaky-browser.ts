// A browser script whose import graph reaches a server module; the asset build must refuse it.
import { databaseUrlName } from "./server-module";

console.log(databaseUrlName);
