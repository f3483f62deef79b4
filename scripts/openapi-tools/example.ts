// A small client of the generated types, compiled by scripts/check-openapi (tsc): if the spec changes in a way that
// breaks it, the test command fails. It lists a county's support requests and reads its change feed in a loop.
import createClient from "openapi-fetch";
import type { paths, components } from "./target/samordna";

type SupportRequest = components["schemas"]["SupportRequest"];
type Change = components["schemas"]["HistoryEntry"];

export async function openRequests(baseUrl: string, token: string, cc: string): Promise<SupportRequest[]> {
  const client = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
  const { data, error, response } = await client.GET("/api/v1/counties/{cc}/support-requests", {
    params: { path: { cc }, query: { status: "SUBMITTED", page: 0, size: 50 } },
  });
  if (error) {
    throw new Error(`${response.status} ${error.title}: ${error.detail ?? ""}`);
  }
  const etag: string | null = response.headers.get("ETag");
  void etag;
  return data.items ?? [];
}

export async function follow(baseUrl: string, token: string, cc: string, cursor: string,
                             apply: (change: Change) => Promise<void>): Promise<string> {
  const client = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
  let after = cursor;
  for (;;) {
    const { data, error } = await client.GET("/api/v1/counties/{cc}/changes", {
      params: { path: { cc }, query: { after, limit: 500 } },
    });
    if (error) {
      throw new Error(`${error.status} ${error.title}`);
    }
    for (const change of data.items ?? []) {
      await apply(change);
    }
    after = data.next ?? after;
    if (!data.hasMore) {
      return after;
    }
  }
}
