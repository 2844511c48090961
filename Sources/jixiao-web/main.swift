import JixiaoWeb
print("jixiao-web")
