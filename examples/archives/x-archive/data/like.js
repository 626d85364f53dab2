window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1711111111111111111",
      "fullText" : "Teachers, what's your favorite read-aloud?",
      "expandedUrl" : "https://twitter.com/i/web/status/1711111111111111111"
    }
  }
]