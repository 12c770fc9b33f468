-- PUT a check-in for one of the last 365 days, so writes spread over many rows as in real use.
-- Every reply must be 200 or 201; anything else is counted and reported.
wrk.method = "PUT"
wrk.headers["Cookie"] = os.getenv("COOKIE")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Rapport-CSRF"] = "1"
wrk.body = '{"moments":["shared_feeling","hug_or_kiss","laughed_together"],"closeness":5,' ..
           '"feelings":["calm","connected"],"conflict":"none","note":"a benchmark evening"}'

local counter = 0
local failures = 0

request = function()
  counter = counter + 1
  local day = os.date("!%Y-%m-%d", os.time() - (counter % 365) * 86400)
  return wrk.format(nil, "/api/v1/checkins/" .. day)
end

response = function(status)
  if status ~= 200 and status ~= 201 then failures = failures + 1 end
end

done = function()
  if failures > 0 then io.stderr:write("unexpected statuses: " .. failures .. "\n") end
end
