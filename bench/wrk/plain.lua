-- GET with the signed-in session cookie (from $COOKIE).
wrk.headers["Cookie"] = os.getenv("COOKIE")
