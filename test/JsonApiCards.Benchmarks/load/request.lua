-- Sends the method and body load.sh names in WRK_METHOD and WRK_BODY_FILE (GET with no body when unset).
wrk.method = os.getenv("WRK_METHOD") or "GET"
local body_file = os.getenv("WRK_BODY_FILE")
if body_file and body_file ~= "" then
  local file = assert(io.open(body_file, "rb"))
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/vnd.api+json"
end
