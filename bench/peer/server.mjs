// The benchmark's peer (issue 7): SCIMMY with its express routers over an in-memory Map, the way its README
// sets it up. No persistence, so it is an upper bound for any SCIMMY-based server. Usage: node server.mjs PORT TOKEN
import express from "express";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";
import {randomUUID} from "node:crypto";

const [port, token] = process.argv.slice(2);
const users = new Map();
const byUserName = new Map();

SCIMMY.Resources.declare(SCIMMY.Resources.User)
    .ingress((resource, instance) => {
        const id = resource.id ?? randomUUID();
        const previous = users.get(id);
        if (resource.id && !previous) throw new SCIMMY.Types.Error(404, null, `Resource ${id} not found`);
        const key = String(instance.userName).toLowerCase();
        const holder = byUserName.get(key);
        if (holder !== undefined && holder !== id) throw new SCIMMY.Types.Error(409, "uniqueness", "userName taken");
        if (previous) byUserName.delete(String(previous.userName).toLowerCase());
        const now = new Date();
        const user = {...instance, id, meta: {created: previous?.meta.created ?? now, lastModified: now}};
        users.set(id, user);
        byUserName.set(key, id);
        return user;
    })
    .egress((resource) => {
        if (resource.id) {
            const user = users.get(resource.id);
            if (!user) throw new SCIMMY.Types.Error(404, null, `Resource ${resource.id} not found`);
            return user;
        }
        const all = [...users.values()];
        if (resource.filter) return resource.filter.match(all);
        // Without a filter or a sort, hand SCIMMY only the page asked for (with the total), as a careful
        // implementer would, so a list does not format every stored user.
        const {startIndex = 1, count = 20, sortBy} = resource.constraints ?? {};
        if (sortBy !== undefined) return all;
        const page = all.slice(startIndex - 1, startIndex - 1 + count);
        page.totalResults = all.length;
        return page;
    })
    .degress((resource) => {
        const user = users.get(resource.id);
        if (!user) throw new SCIMMY.Types.Error(404, null, `Resource ${resource.id} not found`);
        users.delete(resource.id);
        byUserName.delete(String(user.userName).toLowerCase());
    });

const app = express();
app.use("/scim", new SCIMMYRouters({
    type: "bearer",
    docUri: "https://example.com/help",
    handler: (request) => {
        if (request.header("Authorization") !== `Bearer ${token}`) throw new Error("Authorization not detected!");
        return "bench";
    }
}));
app.listen(Number(port), "127.0.0.1", () => console.log(`peer listening on port ${port}`));
