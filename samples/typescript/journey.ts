// An integrator's journey with JsonApiCards: a token with client credentials, then create, list (filter, sort, include),
// update and delete a card, and a JSON:API error read from its typed body. Any unexpected answer ends it with exit code 1.
//   BASE_URL=http://localhost:5000 CLIENT_ID=... CLIENT_SECRET=... npm run journey
import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./generated/jsonapicards.js";

const JSON_API = "application/vnd.api+json";

function setting(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} must be set`);
  }
  return value;
}

function check(condition: unknown, message: string, body?: unknown): asserts condition {
  if (!condition) {
    throw new Error(body === undefined ? message : `${message}: ${JSON.stringify(body)}`);
  }
}

// openapi-fetch labels a body application/json; every /api body is a JSON:API document.
const jsonApiBodies: Middleware = {
  onRequest({ request }) {
    if (request.headers.get("Content-Type") === "application/json") {
      request.headers.set("Content-Type", JSON_API);
    }
    return request;
  },
};

async function main(): Promise<void> {
  const baseUrl = setting("BASE_URL");

  const oauth = createClient<paths>({ baseUrl });
  const token = await oauth.POST("/oauth/token", {
    body: { grant_type: "client_credentials", client_id: setting("CLIENT_ID"), client_secret: setting("CLIENT_SECRET") },
  });
  check(token.data?.access_token, "POST /oauth/token", token.error);
  console.log(`token: ${token.data.token_type}, ${token.data.scope}`);

  const api = createClient<paths>({
    baseUrl,
    headers: { Accept: JSON_API, Authorization: `Bearer ${token.data.access_token}` },
    querySerializer: { array: { style: "form", explode: false } },
  });
  api.use(jsonApiBodies);

  const order = await api.POST("/api/orders", {
    body: { data: { type: "orders", attributes: { currency_code: "EUR", total_amount_cents: 4400 } } },
  });
  check(order.data, "POST /api/orders", order.error);

  const created = await api.POST("/api/credit_cards", {
    body: {
      data: {
        type: "credit_cards",
        attributes: {
          first_name: "John", last_name: "Smith", number: "4111111111111111", month: "10", year: "2030",
          verification_value: "123", reference: "ANYREFEFERNCE", metadata: { foo: "bar" },
        },
        relationships: { order: { data: { type: "orders", id: order.data.data.id } } },
      },
    },
  });
  check(created.response.status === 201 && created.data, "POST /api/credit_cards", created.error);
  const card = created.data.data;
  check(card.attributes?.card_type === "visa", "the card's type comes from its BIN", card);
  console.log(`created card ${card.id}: ${card.attributes.display_number}`);

  const listed = await api.GET("/api/credit_cards", {
    params: { query: { filter: "equals(card_type,'visa')", sort: "-created_at", include: ["order"], "page[size]": 10 } },
  });
  check(listed.data, "GET /api/credit_cards", listed.error);
  check(listed.data.data.length === 1 && listed.data.data[0]?.id === card.id, "the list holds the new card", listed.data);
  const included = listed.data.included ?? [];
  check(included.length === 1 && included[0]?.type === "orders" && included[0].id === order.data.data.id, "the card's order is included", included);
  console.log(`listed ${listed.data.meta?.record_count} card(s), with order ${included[0].id}`);

  const updated = await api.PATCH("/api/credit_cards/{id}", {
    params: { path: { id: card.id } },
    body: { data: { type: "credit_cards", id: card.id, attributes: { first_name: "Jane" } } },
  });
  check(updated.data?.data.attributes?.full_name === "Jane Smith", "PATCH /api/credit_cards/{id}", updated.error ?? updated.data);
  console.log(`updated card ${card.id}: ${updated.data.data.attributes.full_name}`);

  const deleted = await api.DELETE("/api/credit_cards/{id}", { params: { path: { id: card.id } } });
  check(deleted.response.status === 204, "DELETE /api/credit_cards/{id}", deleted.error);
  console.log(`deleted card ${card.id}`);

  const gone = await api.GET("/api/credit_cards/{id}", { params: { path: { id: card.id } } });
  check(gone.response.status === 404 && gone.error, "GET of a deleted card is a 404", gone.data);
  const codes = gone.error.errors.map((error) => error.code);
  check(codes.length === 1 && codes[0] === "RESOURCE_NOT_FOUND", "the 404 is a JSON:API error document", gone.error);
  console.log(`reading it again: ${gone.response.status} ${codes[0]}`);
}

main().then(
  () => console.log("journey: ok"),
  (error: unknown) => {
    console.error(`journey failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
