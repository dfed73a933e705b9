// `npm run build` starts from an empty dist/: a file whose source is gone must not be packed.
import { rmSync } from "node:fs";

rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
